// The size budget of the two script-tag bundles, enforced in CI: each file minified, gzipped
// (gzip -9, Node's zlib). The number is the one the docs state (site/docs/performance.md); lower it when the bundles
// shrink, never raise it quietly.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const budget = 10 * 1024;

const page = readFileSync(new URL('../site/docs/performance.md', import.meta.url), 'utf8');
let over = false;
for (const name of ['nice-pick.js', 'nice-pick.iife.js']) {
  const bytes = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const line = `dist/${name}: ${bytes.length} bytes minified, ${gzipped} bytes gzipped (budget ${budget})`;
  if (gzipped > budget) {
    console.error(`${line}: over budget by ${gzipped - budget} bytes`);
    over = true;
  } else console.log(`${line}: ok, ${budget - gzipped} bytes to spare`);
  // The docs state each size; say so when they no longer do.
  if (!page.includes(`\`dist/${name}\`: **${gzipped.toLocaleString('en-US')} bytes**`)) {
    console.warn(`site/docs/performance.md does not state the current size of dist/${name} (${gzipped.toLocaleString('en-US')} bytes).`);
  }
}
if (over) process.exit(1);
