// Each page's own JavaScript, gzipped, must stay within its budget: every script the built page
// loads or preloads, what those import, and what they import later (`import("./x.js")`, a chunk
// loaded after the page starts, such as the studio's source pane), but not the element bundle
// (nice-pick.js, measured by the root's scripts/check-size.mjs). The first load (what the page
// loads before any later import) has a budget of its own. The viewer (site/dist/embed/), the
// studio (site/dist/studio/) and a docs page (site/dist/docs/), and what the docs' search
// downloads the first time a reader types (Pagefind's script, its worker and its WebAssembly; the
// index comes in small pieces after); the budgets are in site/README.md.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET = 4096; // bytes, gzipped: the viewer
export const STUDIO_BUDGET = 147456; // bytes, gzipped: the studio (144 KiB; CodeMirror is most of it)
export const DOCS_BUDGET = 2048; // bytes, gzipped: a docs page (the search box's script)
export const SEARCH_BUDGET = 92160; // bytes, gzipped: the docs' search on first use (90 KiB)
export const STUDIO_FIRST_BUDGET = 32768; // bytes, gzipped: the studio before its source pane (32 KiB)

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The page's own scripts' gzipped bytes, each file listed; exits when the page is missing. */
function measure(relative, name, budget, firstBudget = budget) {
  const page = path.join(dist, relative);
  if (!existsSync(page)) {
    console.error(`[site] no site/dist/${relative}: run npm run build:site first`);
    process.exit(1);
  }
  const html = readFileSync(page, 'utf8');
  const pending = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) =>
    path.resolve(path.dirname(page), m[1]),
  );
  const seen = new Set();
  const later = [];
  /** Follows the static imports from `pending`; the later ones (`import("./x.js")`) go to `later`. */
  const follow = () => {
    while (pending.length) {
      const file = pending.pop();
      if (seen.has(file) || path.basename(file) === 'nice-pick.js') continue;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      // static imports of a chunk (`import"./x.js"`, `from"./x.js"`), followed
      for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) pending.push(path.resolve(path.dirname(file), m[1]));
      // Vite's list of the chunks its later imports need (`__vite__mapDeps`: m.f=["./x.js",…])
      for (const m of code.matchAll(/m\.f=\[([^\]]*)\]/g)) {
        for (const dep of m[1].matchAll(/["'](\.{1,2}\/[^"']+\.js)["']/g)) later.push(path.resolve(path.dirname(file), dep[1]));
      }
      for (const m of code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g)) later.push(path.resolve(path.dirname(file), m[1]));
    }
  };
  follow();
  const first = new Set(seen);
  pending.push(...later);
  follow();
  const sizes = new Map([...seen].map((file) => [file, gzipSync(readFileSync(file), { level: 9 }).length]));
  let total = 0;
  let firstTotal = 0;
  for (const [file, size] of sizes) {
    total += size;
    if (first.has(file)) firstTotal += size;
    console.log(`[site] ${name}: ${path.relative(dist, file)}: ${size} bytes gzipped${first.has(file) ? '' : ' (loaded later)'}`);
  }
  const line = `[site] the ${name}'s own JavaScript: ${total} bytes gzipped (budget ${budget})`;
  const firstLine = `[site] the ${name}'s first load: ${firstTotal} bytes gzipped (budget ${firstBudget})`;
  if (seen.size === 0 || total > budget || firstTotal > firstBudget) {
    console.error(`${line}\n${firstLine}${seen.size === 0 ? ': no script found in the page' : ': over budget'}`);
    return false;
  }
  console.log(line);
  if (first.size < seen.size) console.log(firstLine);
  return true;
}

/** Files downloaded together, gzipped as a server sends them (the .pagefind files are gzip already). */
function measureFiles(files, name, budget) {
  let total = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    const size = file.endsWith('.pagefind') ? bytes.length : gzipSync(bytes, { level: 9 }).length;
    total += size;
    console.log(`[site] ${name}: ${file}: ${size} bytes gzipped`);
  }
  const line = `[site] the ${name}: ${total} bytes gzipped (budget ${budget})`;
  if (total > budget) {
    console.error(`${line}: over budget`);
    return false;
  }
  console.log(line);
  return true;
}

const results = [
  measure('embed/index.html', 'viewer', BUDGET),
  measure('studio/index.html', 'studio', STUDIO_BUDGET, STUDIO_FIRST_BUDGET),
  measure('docs/index.html', 'docs page', DOCS_BUDGET),
  measureFiles(['docs/pagefind/pagefind.js', 'docs/pagefind/pagefind-worker.js', 'docs/pagefind/wasm.en.pagefind'], "docs' search on first use", SEARCH_BUDGET),
];
if (results.includes(false)) process.exit(1);
