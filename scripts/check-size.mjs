// The script-tag bundle's size budget, enforced in CI: dist/nice-pick.js, minified, gzipped.
// The number is the one the README states; lower it when the bundle shrinks, never raise it quietly.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const budget = 10 * 1024; // bytes, gzip -9

const file = new URL('../dist/nice-pick.js', import.meta.url);
const bytes = readFileSync(file);
const gzipped = gzipSync(bytes, { level: 9 }).length;
const line = `dist/nice-pick.js: ${bytes.length} bytes minified, ${gzipped} bytes gzipped (budget ${budget})`;
if (gzipped > budget) {
  console.error(`${line}: over budget by ${gzipped - budget} bytes`);
  process.exit(1);
}
console.log(`${line}: ok, ${budget - gzipped} bytes to spare`);

// The README states the size; say so when it no longer does.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
if (!readme.includes(`**${gzipped.toLocaleString('en-US')} bytes** gzipped`)) {
  console.warn(`README.md does not state the current size (${gzipped.toLocaleString('en-US')} bytes): update its Size section.`);
}
