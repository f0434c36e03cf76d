#!/usr/bin/env node
// Layout stability: the Cumulative Layout Shift a card causes on a page with text below it,
// measured with a `layout-shift` PerformanceObserver (registered before anything else on the
// page) in headless Chromium, at a desktop and a phone width, the worst of 3 loads.
//
// How the script loads (a table each):
//   module           <script type="module" src> in the head, as the README embeds it: deferred,
//                    so the page may paint before the element is defined (it is empty then)
//   module+blocking  the same with blocking="render": nothing paints before the script has run,
//                    so what shifts is the element's own doing
//   classic          dist/nice-pick.iife.js, a plain <script src> in the head (render-blocking)
// How the card gets its data (a column each):
//   inline           the JSON in an inline <script type="application/json">
//   inline+fallback  the same, with a fallback paragraph inside the element (README's advice)
//   property         `data` set by a script of the page (for module+blocking a blocking module
//                    script in the head; otherwise a script right after the element)
//   src              `src` of the fixture, the server answering after 500 ms (the loading
//                    placeholder reserves --nice-pick-loading-height meanwhile: 50rem, 800px)
//   src+24rem        the same, `nice-pick { --nice-pick-loading-height: 24rem }`: the smaller
//                    placeholder the element had before (384px)
//   src+height-hint  the same, the page setting `--nice-pick-loading-height: Npx` on the element,
//                    N the card's real height at this width (the README's advice, first half)
//   src+host-hint    that, and `nice-pick:not(:defined) { display: block; min-block-size: Npx }`:
//                    page CSS that holds the space before the script runs too (the README's
//                    advice, whole)
//
//   node bench/cls.mjs            every fixture, 3 loads each; Markdown tables
//   node bench/cls.mjs --smoke    two fixtures, 1 load each
// Exits 1 unless inline and property data give 0 when the script has run before the first paint
// (module+blocking, and the classic script in the head, which defines the element while the page
// is parsed: inline data shows as soon as its text parses): that much is the element's to
// guarantee. The deferred module script is reported, not gated: the page paints before it runs.
import { parseArgs } from 'node:util';
import { launch, needDist } from './browser.mjs';
import { FIXTURES } from './fixtures.js';
import { serve } from './server.mjs';

const { values: opts } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const runs = opts.smoke ? 1 : 3;
const fixtures = opts.smoke ? [FIXTURES[0], FIXTURES[6]] : FIXTURES;
const DELAY = 500;
const VIEWPORTS = { 'desktop 1280×800': { width: 1280, height: 800 }, 'phone 390×844': { width: 390, height: 844 } };
const STRATEGIES = {
  module: '<script type="module" src="/dist/nice-pick.js"></script>',
  'module+blocking': '<script type="module" blocking="render" src="/dist/nice-pick.js"></script>',
  classic: '<script src="/dist/nice-pick.iife.js"></script>',
};
const MODES = ['inline', 'inline+fallback', 'property', 'src', 'src+24rem', 'src+height-hint', 'src+host-hint'];
const GATED = (strategy, mode) => strategy !== 'module' && (mode === 'inline' || mode === 'property');

const text = `<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt
ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris
nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate.</p>`;

/** A blog post: a heading, a paragraph, the card, then text that moves if the card grows. */
const page = ({ script, card, head = '', after = '', css = '' }) => `<!doctype html>
<html lang="en">
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width" />
<title>CLS</title>
<script>
  window.cls = 0;
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.cls += entry.value;
      window.shifts.push(Math.round(entry.value * 1e4) / 1e4);
    }
  }).observe({ type: 'layout-shift', buffered: true });
</script>
${script}
${head}
<style>
  body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }
  ${css}
</style>
<h1>Which one should you pick?</h1>
${text}
${card}
${after}
${text.repeat(8)}
</html>`;

// JSON inside HTML: `<` escaped so no `</script>` can end the script early
const inlineJson = (json) => JSON.stringify(json).replace(/</g, '\\u003c');

/** The page for one strategy, mode and fixture; `height` is the card's, for the hints. */
function pageFor(strategy, mode, fixture, json, height) {
  const script = STRATEGIES[strategy];
  const data = `<script type="application/json">${inlineJson(json)}</script>`;
  const src = `<nice-pick src="/__test__/json?file=${fixture}&amp;delay=${DELAY}"></nice-pick>`;
  const pickName = json.options.find((o) => o.id === json.pick)?.name ?? json.options[0].name;
  switch (mode) {
    case 'inline':
      return page({ script, card: `<nice-pick>${data}</nice-pick>` });
    case 'inline+fallback':
      return page({ script, card: `<nice-pick><p>Our pick: ${pickName}. <a href="#">Read the comparison</a>.</p>${data}</nice-pick>` });
    case 'property': {
      const set = `document.getElementById('card').data = ${inlineJson(json)};`;
      const card = '<nice-pick id="card"></nice-pick>';
      if (strategy === 'module+blocking') {
        return page({ script, card, head: `<script type="module" blocking="render">import '/dist/nice-pick.js'; ${set}</script>` });
      }
      if (strategy === 'module') return page({ script, card, after: `<script type="module">import '/dist/nice-pick.js'; ${set}</script>` });
      return page({ script, card, after: `<script>${set}</script>` });
    }
    case 'src':
      return page({ script, card: src });
    case 'src+24rem':
      return page({ script, card: src, css: 'nice-pick { --nice-pick-loading-height: 24rem; }' });
    case 'src+height-hint':
      return page({ script, card: src, css: `nice-pick { --nice-pick-loading-height: ${height}px; }` });
    case 'src+host-hint':
      return page({
        script,
        card: src,
        css: `nice-pick { --nice-pick-loading-height: ${height}px; } nice-pick:not(:defined) { display: block; min-block-size: ${height}px; }`,
      });
  }
}

needDist('nice-pick.js', 'nice-pick.iife.js');
const server = await serve();
const browser = await launch();
const results = []; // { viewport, strategy, mode, fixture, cls, shifts, height }
let failures = 0;
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => {
    console.error(`[cls] page error: ${e.message}`);
    failures++;
  });
  const measure = async (html) => {
    const path = `/bench/cls-${Math.random().toString(36).slice(2)}.html`;
    server.pages.set(path, html);
    let worst = { cls: -1 };
    for (let i = 0; i < runs; i++) {
      await tab.goto(`${server.origin}${path}`);
      await tab.waitForFunction(
        () => document.querySelector('nice-pick')?.shadowRoot?.querySelector('[part~=card]:not([part~=loading])'),
        { timeout: 10000 },
      );
      // a shift is reported after the frame that shows it: give it two frames and a moment
      const result = await tab.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await new Promise((r) => setTimeout(r, 100));
        return { cls: window.cls, shifts: window.shifts, height: document.querySelector('nice-pick').getBoundingClientRect().height };
      });
      if (result.cls > worst.cls) worst = result;
    }
    server.pages.delete(path);
    return worst;
  };

  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    await tab.setViewport(size);
    for (const fixture of fixtures) {
      const json = await (await fetch(`${server.origin}/fixtures/${fixture}`)).json();
      // the card's real height at this width, for the hints: rendered from a blocking script
      const { height } = await measure(pageFor('module+blocking', 'property', fixture, json));
      for (const strategy of Object.keys(STRATEGIES)) {
        for (const mode of MODES) {
          const r = await measure(pageFor(strategy, mode, fixture, json, height));
          results.push({ viewport, strategy, mode, fixture, ...r });
          if (GATED(strategy, mode) && r.cls !== 0) {
            console.error(`[cls] ${viewport}, ${strategy}, ${mode}, ${fixture}: CLS ${r.cls} (shifts ${r.shifts.join(', ')}), must be 0`);
            failures++;
          }
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const cell = (r) => (r.cls === 0 ? '0' : r.cls.toFixed(3));
for (const viewport of Object.keys(VIEWPORTS)) {
  for (const strategy of Object.keys(STRATEGIES)) {
    console.log(`\nCLS, ${viewport}, script: ${strategy} (worst of ${runs} load${runs > 1 ? 's' : ''}; the placeholder is 50rem = 800px high unless a column sets it)\n`);
    console.log(`| fixture | card height | ${MODES.join(' | ')} |`);
    console.log(`| --- | --- | ${MODES.map(() => '---').join(' | ')} |`);
    for (const fixture of fixtures) {
      const row = results.filter((r) => r.viewport === viewport && r.strategy === strategy && r.fixture === fixture);
      const height = row.find((r) => r.mode === 'inline').height;
      console.log(`| ${fixture} | ${Math.round(height)}px | ${MODES.map((m) => cell(row.find((r) => r.mode === m))).join(' | ')} |`);
    }
  }
}
if (failures) process.exit(1);
console.log('\n[cls] inline and property data: no layout shift when the script has run before the first paint');
