// The viewer's own JavaScript, gzipped, must stay within its budget: every script the built
// viewer page (site/dist/embed/index.html) loads or preloads, and what those import, but not the
// element bundle (nice-pick.js, measured by the root's scripts/check-size.mjs).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET = 4096; // bytes, gzipped (site/README.md)

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const page = path.join(dist, 'embed/index.html');
if (!existsSync(page)) {
  console.error('[site] no site/dist/embed/index.html: run npm run build:site first');
  process.exit(1);
}
const html = readFileSync(page, 'utf8');
const pending = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) =>
  path.resolve(path.dirname(page), m[1]),
);
const seen = new Set();
while (pending.length) {
  const file = pending.pop();
  if (seen.has(file) || path.basename(file) === 'nice-pick.js') continue;
  seen.add(file);
  // static imports of a chunk (`import"./x.js"`, `from"./x.js"`), followed
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    pending.push(path.resolve(path.dirname(file), m[1]));
  }
}
let total = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  total += size;
  console.log(`[site] ${path.relative(dist, file)}: ${size} bytes gzipped`);
}
const line = `[site] the viewer's own JavaScript: ${total} bytes gzipped (budget ${BUDGET})`;
if (seen.size === 0 || total > BUDGET) {
  console.error(`${line}${seen.size === 0 ? ': no script found in the page' : ': over budget'}`);
  process.exit(1);
}
console.log(line);
