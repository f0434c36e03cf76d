#!/usr/bin/env node
// `npm run size`: what the script-tag bundles are made of, and what could come out. Each figure
// is a real build, made in memory with vite.config.ts (both minifiers, as shipped) and measured
// as scripts/check-size.mjs measures: gzip -9 with Node's zlib. src/ is never touched: a
// variant swaps a module or rewrites its text inside the build only.
//
// 1. Each build, as shipped.
// 2. The pieces, by leaving each out of the ES build (gzip is not additive, so the pieces add up
//    to about the total, not exactly): the validator, the styles, the templates, the loader, the
//    events, the JSON-LD graph; lit-html, as the size of the smallest lit-html bundle, and the reactive base
//    (src/reactive.ts), as what the smallest element on it adds to that. For comparison, the
//    smallest LitElement bundle, which the card no longer uses.
// 3. Savings: variants that drop or change one thing, each with what it would cost the reader.
//    None of them is applied; they are the measured options for finding room in the budget.
//
//   npm run size                             all of it (about 25 builds, 6 s)
//   npm run size -- --quick                  sections 1 and 2 only
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { minify as terser } from 'terser';
import { build, loadConfigFromFile } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const BUDGET = 10 * 1024;

// Scratch entries (the floors) live in node_modules/.cache, where `lit` resolves.
const scratch = path.join(root, 'node_modules/.cache/nice-pick-size');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

/**
 * Builds one bundle in memory and returns its code. `swap`: module file (relative to src/) ->
 * its replacement source; `edit`: module file -> function of its source; `entry`: another entry
 * file; `terserOptions`: replaces the terser pass's options; `mangleProps`: replaces rolldown's.
 */
async function bundle({ mode = 'production', swap = {}, edit = {}, entry, terserOptions, mangleProps } = {}) {
  const { config } = await loadConfigFromFile({ command: 'build', mode }, path.join(root, 'vite.config.ts'), root, 'silent');
  const srcFile = (id) => {
    const rel = path.relative(path.join(root, 'src'), id.split('?')[0]);
    return rel.startsWith('..') ? undefined : rel;
  };
  const variant = {
    name: 'size-report-variant',
    enforce: 'pre',
    load(id) {
      const file = srcFile(id);
      if (file && file in swap) return swap[file];
    },
    transform(code, id) {
      const file = srcFile(id);
      if (file && edit[file]) {
        const changed = edit[file](code);
        if (changed === code) throw new Error(`size-report: the edit of src/${file} changed nothing (src changed?)`);
        return changed;
      }
    },
  };
  let plugins = config.plugins.flat();
  if (terserOptions) {
    plugins = plugins.filter((p) => p.name !== 'terser-pass');
    plugins.push({
      name: 'terser-pass-variant',
      enforce: 'post',
      async generateBundle(_, output) {
        for (const chunk of Object.values(output)) {
          if (chunk.type == 'chunk') chunk.code = (await terser(chunk.code, terserOptions(chunk))).code;
        }
      },
    });
  }
  const output = config.build.rolldownOptions.output;
  const result = await build({
    ...config,
    configFile: false,
    root,
    mode,
    logLevel: 'silent',
    plugins: [variant, ...plugins],
    build: {
      ...config.build,
      write: false,
      lib: entry ? { ...config.build.lib, entry } : config.build.lib,
      rolldownOptions: {
        ...config.build.rolldownOptions,
        output: mangleProps ? { ...output, minify: { ...output.minify, mangleProps } } : output,
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.find((o) => o.type == 'chunk').code;
}

const size = async (options) => gz(await bundle(options));
const kb = (n) => `${n.toLocaleString('en-US')} B`;

// ---------------------------------------------------------------------------- 1. the builds
const esCode = await bundle();
const es = gz(esCode);
const iife = await size({ mode: 'iife' });
console.log('## Builds (gzip -9)\n');
console.log('| bundle | minified | gzipped | budget left |');
console.log('| --- | --- | --- | --- |');
console.log(`| dist/nice-pick.js (ES module) | ${kb(Buffer.byteLength(esCode))} | ${kb(es)} | ${kb(BUDGET - es)} |`);
console.log(`| dist/nice-pick.iife.js (classic) | ${kb(Buffer.byteLength(await bundle({ mode: 'iife' })))} | ${kb(iife)} | ${kb(BUDGET - iife)} |`);

// ---------------------------------------------------------------------------- 2. the pieces
// Stand-ins with the same exports, doing nothing: what is left is everything else.
// (The styles are a plain string since the card left LitElement: a `css` stand-in from 'lit'
// would pull ReactiveElement's CSSResult back in.)
const STUBS = {
  'check.ts': 'export const checkComparison = (c) => ({ ok: true, comparison: c, warnings: [] });',
  'styles.ts': "export const styles = '';",
  'render.ts':
    "import { html, nothing } from 'lit/html.js'; export const renderCard = (c) => html`${c.title}`; export const renderState = () => nothing;",
  'load.ts':
    'export const parseJson = (text) => JSON.parse(text); export const loadJson = async (url, signal) => ({ json: await (await fetch(url, { signal })).json(), url }); export const forget = () => {};',
  'events.ts': "export const loadEvent = (detail) => new CustomEvent('load', { detail }); export const errorEvent = (detail) => new CustomEvent('error', { detail });",
  'structured-data.ts':
    'export const graph = () => undefined; export const structuredData = () => undefined; export const writeStructuredData = () => {};',
};
const PIECES = {
  'check.ts': 'the validator (src/check.ts), its messages included',
  'styles.ts': 'the styles (src/styles.ts)',
  'render.ts': 'the templates (src/render.ts)',
  'load.ts': 'the loader (src/load.ts)',
  'events.ts': 'the events (src/events.ts)',
  'structured-data.ts': 'the JSON-LD graph and its script (src/structured-data.ts), for the structured-data attribute',
};

const floor = async (name, source) => {
  const file = path.join(scratch, `${name}.ts`);
  writeFileSync(file, source);
  return size({ entry: file });
};
// The smallest bundle with LitElement (one property, styles, a template with a binding): what the
// card was built on until it moved to lit-html and src/reactive.ts. Not in the bundle now.
const litFloor = await floor(
  'lit-element',
  `import { LitElement, css, html } from 'lit';
class X extends LitElement {
  static styles = css\`p { color: red }\`;
  static properties = { data: { attribute: false } };
  render() { return html\`<p>\${this.data}</p>\`; }
}
customElements.define('x-x', X);`,
);
// lit-html alone (no ReactiveElement, no LitElement): render() into a shadow root by hand.
const litHtmlFloor = await floor(
  'lit-html',
  `import { html, render } from 'lit-html';
class X extends HTMLElement {
  set data(v) { render(html\`<p>\${v}</p>\`, this.shadowRoot ?? this.attachShadow({ mode: 'open' })); }
}
customElements.define('x-x', X);`,
);
// The same smallest element on the card's own base: lit-html plus src/reactive.ts.
const reactiveFloor = await floor(
  'reactive',
  `import { html } from 'lit/html.js';
import { ReactiveElement } from ${JSON.stringify(path.join(root, 'src/reactive.ts'))};
class X extends ReactiveElement {
  static styles = 'p { color: red }';
  static properties = { data: { attribute: false } };
  render() { return html\`<p>\${this.data}</p>\`; }
}
customElements.define('x-x', X);`,
);
const reactive = reactiveFloor - litHtmlFloor;

console.log('\n## What the ES bundle is made of (gzip, by leaving each piece out)\n');
console.log('| piece | gzipped | share |');
console.log('| --- | --- | --- |');
const pct = (n) => `${((100 * n) / es).toFixed(0)}%`;
console.log(`| lit-html (the smallest lit-html bundle) | ${kb(litHtmlFloor)} | ${pct(litHtmlFloor)} |`);
console.log(`| the reactive base (src/reactive.ts: the smallest element on it, less lit-html) | ${kb(reactive)} | ${pct(reactive)} |`);
let pieces = 0;
for (const [file, label] of Object.entries(PIECES)) {
  const saved = es - (await size({ swap: { [file]: STUBS[file] } }));
  pieces += saved;
  console.log(`| ${label} | ${kb(saved)} | ${pct(saved)} |`);
}
const rest = es - reactiveFloor - pieces;
console.log(`| the element (src/nice-pick.ts) and the rest (what is left) | ${kb(rest)} | ${pct(rest)} |`);
console.log(`| **total** | **${kb(es)}** | 100% |`);
console.log(
  `\nThe smallest element: ${kb(reactiveFloor)} on lit-html and src/reactive.ts, ${kb(litFloor)} on LitElement (${kb(litFloor - reactiveFloor)} more).`,
);

if (opts.quick) process.exit(0);

// ---------------------------------------------------------------------------- 3. savings
const replaceAll = (from, to) => (code) => code.replaceAll(from, to);
const regex = (re, to) => (code) => code.replace(re, to);
const SAVINGS = [
  {
    what: 'No validator: render whatever JSON arrives (keep only `options` being an array)',
    cost: 'no error list for authors, no link-scheme filtering (javascript: URLs would link), no defaults (ids, title, labels); a malformed file throws or renders nonsense',
    swap: {
      'check.ts':
        "import { defaultLabels } from './comparison.js'; export const checkComparison = (c) => Array.isArray(c?.options) ? { ok: true, warnings: [], comparison: { ...c, pick: c.pick ?? null, options: c.options.map((o) => ({ related: [], ...o, id: o.id ?? o.name })), labels: { ...defaultLabels, ...c.labels } } } : { ok: false, problems: ['expected a comparison'] };",
    },
  },
  {
    what: 'Validator messages cut to the path alone ("options[1].pros[0]: invalid")',
    cost: 'authors lose "expected a string, got a number" and the list of valid option ids; the checks stay',
    edit: {
      'check.ts': (code) =>
        code
          .replace(/fail\(path, `expected \$\{what\}, got \$\{describe\(value\)\}`\)/, "fail(path, 'invalid')")
          .replace(/`the id \$\{quote\(id\)\} is already used by \$\{ids\.get\(id\)\}; give each option its own "id"`/, "'duplicate id'")
          .replace(/`\$\{quote\(pick\)\} names no option; the option ids are \$\{\[\.\.\.ids\.keys\(\)\]\.map\(\(id\) => quote\(id\)\)\.join\(', '\)\}`/, "'no such option'")
          .replace(/warnings\.push\(`\$\{path\}: \$\{quote\(value\)\} is shown as plain text: only \$\{schemes\.join\(' and '\)\} links are allowed`\)/, 'warnings.push(path)'),
    },
  },
  {
    what: 'No dark scheme: one colour per custom property instead of light-dark(light, dark)',
    cost: 'the card stays light on dark pages (theme="dark" and prefers-color-scheme do nothing)',
    edit: { 'styles.ts': regex(/light-dark\(([^,]+), [^)]+\)/g, '$1') },
  },
  {
    what: 'No print styles (the @media print block)',
    cost: 'printed cards follow the screen scheme and do not show link URLs',
    edit: { 'styles.ts': regex(/@media print \{[\s\S]*?\n {2}\}\n/, '') },
  },
  {
    what: 'No container-query columns (options always stacked)',
    cost: 'no side-by-side columns on wide cards',
    edit: { 'styles.ts': regex(/\/\* Columns follow[\s\S]*?@container \(min-width: 64rem\) \{[\s\S]*?\n {2}\}\n/, '') },
  },
  {
    what: 'No "Related to:" tags (the related section of each option)',
    cost: 'the data format loses `related`',
    edit: { 'render.ts': regex(/\$\{o\.related\.length[\s\S]*?: nothing\}/, '') },
  },
  {
    what: 'No contact line',
    cost: 'the data format loses `contact`',
    edit: { 'render.ts': regex(/\$\{c\.contact\s*\?[\s\S]*?: nothing\}/, '') },
  },
  {
    what: 'Error state without the list of problems (message only)',
    cost: 'authors see that the file is invalid, not where (the console and the error event still say)',
    edit: { 'render.ts': regex(/\$\{error\.problems\?\.length[\s\S]*?<\/ul>`\s*: nothing\}/, '') },
  },
  {
    what: 'No heading levels: the h2/h3/h4 without `role="heading"` and `aria-level`',
    cost: '`heading-level` does nothing: the card\'s outline stays h2/h3/h4 under whatever heading the page puts it',
    edit: { 'render.ts': regex(/ role="heading" aria-level=\$\{level(?: \+ \d)?\}/g, '') },
  },
  {
    what: 'Plain Event for `error` instead of an ErrorEvent with a message',
    cost: '`event.message` goes; `event.detail.message` stays',
    edit: { 'events.ts': regex(/Object\.assign\(new ErrorEvent\('error', \{ message: detail\.message \}\), \{ detail \}\)/, "new CustomEvent('error', { detail }) as never") },
  },
  {
    what: 'define(): no subclass fallback for a second tag name',
    cost: 'NicePick.define("other-name") after define() throws instead of registering',
    edit: {
      'nice-pick.ts': regex(/try \{\s*registry\.define\(tag, this\);\s*\} catch \{[\s\S]*?registry\.define\(tag, class extends this \{\}\);\s*\}/, 'registry.define(tag, this);'),
    },
  },
  {
    what: "Mangle Lit's internal `_$` properties too (rolldown mangleProps)",
    cost: 'none inside this self-contained bundle in principle, but Lit reserves them for interop between copies and versions; needs the full test suite and a careful look before use',
    mangleProps: { include: /^_[a-zA-Z$]/, reserved: ['_view', '_$litType$', '_$litDirective$', '_$litStatic$'] },
  },
  {
    what: 'terser with 3 passes and `unsafe_arrows`, `pure_getters` (instead of 2 passes)',
    cost: 'build time; pure_getters assumes no getter has side effects (Lit has none that matter, unverified)',
    terserOptions: (chunk) => ({
      module: !chunk.fileName.endsWith('.iife.js'),
      ecma: 2020,
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      mangle: true,
    }),
  },
];
const rows = [];
for (const s of SAVINGS) {
  try {
    rows.push({ ...s, saved: es - (await size(s)) });
  } catch (e) {
    // The edit no longer fits the source (it changed since the edit was written): say so.
    rows.push({ ...s, saved: NaN, cost: `${s.cost} (not measured: ${String(e.message).split('\n')[0]})` });
  }
}
rows.sort((a, b) => (b.saved || 0) - (a.saved || 0));
console.log('\n## Measured savings, largest first (ES bundle, each alone; none applied)\n');
console.log('| change | saves (gzip) | costs |');
console.log('| --- | --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${Number.isNaN(r.saved) ? 'n/a' : kb(r.saved)} | ${r.cost} |`);
console.log(`\nlit-html is ${kb(litHtmlFloor)} of ${kb(es)}, the reactive base ${kb(reactive)}.`);
rmSync(scratch, { recursive: true, force: true });
