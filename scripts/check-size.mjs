// The size budget of the two script-tag bundles, enforced in CI: each file minified, gzipped
// (gzip -9, Node's zlib). The number is the one the README states; lower it when the bundles
// shrink, never raise it quietly.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const budget = 10 * 1024;

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
let over = false;
for (const name of ['nice-pick.js', 'nice-pick.iife.js']) {
  const bytes = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const line = `dist/${name}: ${bytes.length} bytes minified, ${gzipped} bytes gzipped (budget ${budget})`;
  if (gzipped > budget) {
    console.error(`${line}: over budget by ${gzipped - budget} bytes`);
    over = true;
  } else console.log(`${line}: ok, ${budget - gzipped} bytes to spare`);
  // The README states each size; say so when it no longer does.
  if (!readme.includes(`\`dist/${name}\`: **${gzipped.toLocaleString('en-US')} bytes**`)) {
    console.warn(`README.md does not state the current size of dist/${name} (${gzipped.toLocaleString('en-US')} bytes).`);
  }
}
if (over) process.exit(1);
