#!/usr/bin/env node
// The baseline is only a floor if it draws the same card. For every fixture, both cards are put
// side by side at three widths (one, two and four columns) in Chromium, and once more at the
// widest with `heading-level="4"` (the deepest outline: aria-level 4 to 6), and must have the same
// elements with the same attributes, the same text and the same height (the baseline takes its
// CSS from src/styles.ts). Exits 1 on any difference.
import { readdirSync } from 'node:fs';
import { launch, needDist } from './browser.mjs';
import { FIXTURES } from './fixtures.js';
import { serve } from './server.mjs';

let failures = 0;
// The benchmarks walk every fixture: say so when one is added.
const inFolder = readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
if (JSON.stringify([...FIXTURES].sort()) !== JSON.stringify(inFolder)) {
  console.error(`[parity] bench/fixtures.js lists ${FIXTURES.join(', ')}; fixtures/ has ${inFolder.join(', ')}`);
  failures++;
}

needDist('nice-pick.js');
const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => {
    console.error(`[parity] page error: ${e.message}`);
    failures++;
  });
  await page.goto(`${server.origin}/bench/parity.html`);
  // The page's module waits for the baseline, which fetches src/styles.ts with a top-level await:
  // the load event does not wait for that, so compare() may not be there yet.
  await page.waitForFunction(() => typeof window.compare == 'function');
  for (const [width, level] of [[360], [700], [1100], [1100, '4']]) {
    await page.setViewport({ width, height: 800 });
    for (const name of FIXTURES) {
      const result = await page.evaluate((n, l) => window.compare(n, l), name, level);
      const where = `${name} at ${width}px${level ? ` with heading-level="${level}"` : ''}`;
      if (result.element.height !== result.vanilla.height) {
        console.error(`[parity] ${where}: heights differ: element ${result.element.height}px, baseline ${result.vanilla.height}px`);
        failures++;
      }
      for (const key of ['tree', 'text']) {
        if (result.element[key] !== result.vanilla[key]) {
          const a = result.element[key];
          const b = result.vanilla[key];
          let i = 0;
          while (a[i] === b[i]) i++;
          console.error(`[parity] ${where}: ${key} differs at ${i}:\n  element:  …${a.slice(Math.max(0, i - 60), i + 80)}\n  baseline: …${b.slice(Math.max(0, i - 60), i + 80)}`);
          failures++;
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures) {
  console.error(`[parity] ${failures} difference(s) between bench/baseline.js and <nice-pick>`);
  process.exit(1);
}
console.log('[parity] the baseline draws the same card as <nice-pick>: every fixture, at 360, 700 and 1100px, and with heading-level="4"');
