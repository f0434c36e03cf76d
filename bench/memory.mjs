#!/usr/bin/env node
// Memory and teardown: 500 cards added and removed 10 times in headless Chromium (8 in 10 fed by
// `data`, 1 in 10 by an inline script, 1 in 10 by a `src` that is still loading when the card
// goes). After each round, with garbage collected twice (DevTools HeapProfiler.collectGarbage):
//   - the JS heap and the DOM heap (Runtime.getHeapUsage: V8's used size and Blink's, the
//     embedder heap), from round 2 on (round 1 pays for compiled code and lit-html's template cache);
//   - DOM nodes and JS event listeners (Memory.getDOMCounters): no more than after round 1;
//   - live cards, MutationObservers and AbortControllers (Runtime.queryObjects): no more than
//     before the first card;
//   - requests still pending (DevTools Network events): 0, each loading card's request canceled;
//   - timers and animation frames still pending (setTimeout and co. counted in the page): 0.
// The same rounds run with the vanilla baseline (bench/baseline.js), and with data-fed cards
// only: Chromium keeps a few hundred bytes for each request cancelled (the baseline's as much as
// the element's), so the heaps are judged against the baseline, and alone without requests.
//
//   node bench/memory.mjs            10 rounds of 500; Markdown table; exits 1 on a leak
//   node bench/memory.mjs --smoke    3 rounds of 100: the same checks, heap growth not judged
import { parseArgs } from 'node:util';
import { launch, needDist } from './browser.mjs';
import { serve } from './server.mjs';

const { values: opts } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const rounds = opts.smoke ? 3 : 10;
const cards = opts.smoke ? 100 : 500;
// Growth allowed beyond the baseline's (and, with data only, at all) from the end of round 2 to
// the end of round 10. One leaked card of 500 a round is about 20 KB (60-odd DOM nodes and its
// shadow root), so 64 KB over 8 rounds is well under a card a round.
const GROWTH_LIMIT = 64 * 1024;

// Counts pending timers and animation frames; installed before any script of the page runs.
const countTimers = () => {
  const pending = new Set();
  window.pendingTimers = () => pending.size;
  const wrap = (set, clear, once) => {
    const originalSet = window[set];
    const originalClear = window[clear];
    window[set] = function (callback, ...rest) {
      const id = originalSet.call(
        this,
        typeof callback == 'function'
          ? (...args) => {
              if (once) pending.delete(id);
              return callback(...args);
            }
          : callback,
        ...rest,
      );
      pending.add(id);
      return id;
    };
    window[clear] = function (id) {
      pending.delete(id);
      return originalClear.call(this, id);
    };
  };
  wrap('setTimeout', 'clearTimeout', true);
  wrap('setInterval', 'clearInterval', false);
  wrap('requestAnimationFrame', 'cancelAnimationFrame', true);
};

needDist('nice-pick.js');
let failures = 0;
const fail = (message) => {
  console.error(`[memory] ${message}`);
  failures++;
};
const kb = (bytes) => `${bytes < 0 ? '−' : ''}${Math.abs(bytes / 1024).toFixed(0)} KB`;
const signed = (bytes) => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;

/** Runs the rounds in a fresh page; returns a row per measurement (the first before any card). */
async function runRounds(browser, server, mix) {
  const rows = [];
  let canceled = 0;
  const page = await browser.newPage();
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  await page.evaluateOnNewDocument(countTimers);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('Network.enable');
  const pending = new Map(); // requestId -> url
  cdp.on('Network.requestWillBeSent', (e) => pending.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => pending.delete(e.requestId));
  cdp.on('Network.loadingFailed', (e) => {
    if (pending.delete(e.requestId) && e.canceled) canceled++;
  });
  await page.goto(`${server.origin}/bench/memory.html`);
  await page.waitForFunction(() => window.ready);

  const live = async (expression) => {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return result.value;
  };
  const measure = async (round, cycle = {}) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    rows.push({
      round,
      ...cycle,
      js: heap.usedSize,
      embedder: heap.embedderHeapUsedSize ?? 0,
      nodes: dom.nodes,
      listeners: dom.jsEventListeners,
      cards: await live(`customElements.get('${mix.tag}').prototype`),
      observers: await live('MutationObserver.prototype'),
      controllers: await live('AbortController.prototype'),
      requests: pending.size,
      timers: await page.evaluate(() => window.pendingTimers()),
    });
  };

  await measure('before');
  for (let round = 1; round <= rounds; round++) {
    const cycle = await page.evaluate((n, m) => window.cycle(n, m), cards, mix);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the cancellations' events reach us
    await measure(round, cycle);
  }
  await page.close();

  const where = `<${mix.tag}>${mix.src ? '' : ', data only'}`;
  const [first, round1] = rows;
  const srcCards = mix.src ? cards / 10 : 0;
  for (const row of rows.slice(1)) {
    const at = `${where}, round ${row.round}`;
    if (row.rendered !== cards - srcCards || row.loading !== srcCards) {
      fail(`${at}: ${row.rendered} cards rendered and ${row.loading} loading, expected ${cards - srcCards} and ${srcCards}`);
    }
    // compared with the page before any card (puppeteer itself may hold an observer)
    for (const key of ['cards', 'observers', 'controllers', 'requests', 'timers', 'listeners']) {
      if (row[key] > first[key]) fail(`${at}: ${row[key] - first[key]} ${key} left after the cards were removed`);
    }
    // lit-html keeps one <template> per template literal it has met: round 1 adds those, once
    if (row.nodes > round1.nodes) fail(`${at}: ${row.nodes - round1.nodes} more DOM nodes than after round 1`);
  }
  if (canceled !== rounds * srcCards) fail(`${where}: ${canceled} requests canceled, expected ${rounds * srcCards}`);
  const second = rows.find((r) => r.round === 2);
  const last = rows.at(-1);
  const growth = { js: last.js - second.js, dom: last.embedder - second.embedder };
  growth.total = growth.js + growth.dom;
  return { rows, canceled, growth };
}

const server = await serve();
const browser = await launch();
let element, vanilla, dataOnly;
try {
  element = await runRounds(browser, server, { tag: 'nice-pick', src: true, inline: true });
  // the baseline reads no inline script: its inline share is fed by data instead
  vanilla = await runRounds(browser, server, { tag: 'vanilla-pick', src: true, inline: false });
  dataOnly = await runRounds(browser, server, { tag: 'nice-pick', src: false, inline: false });
} finally {
  await browser.close();
  await server.close();
}

if (!opts.smoke) {
  if (element.growth.total > vanilla.growth.total + GROWTH_LIMIT) {
    fail(`the heaps grew by ${kb(element.growth.total)} over rounds 2 to ${rounds}, the baseline's by ${kb(vanilla.growth.total)} (at most ${kb(GROWTH_LIMIT)} more allowed)`);
  }
  if (dataOnly.growth.total > GROWTH_LIMIT) {
    fail(`with data-fed cards only, the heaps grew by ${kb(dataOnly.growth.total)} over rounds 2 to ${rounds} (limit ${kb(GROWTH_LIMIT)})`);
  }
}

console.log(`\n${rounds} rounds of ${cards} \`<nice-pick>\` cards (${cards / 10} of them still loading when removed); after each, garbage collected\n`);
console.log('| after | JS heap used | DOM heap used | DOM nodes | JS listeners | live cards | MutationObservers | AbortControllers | pending requests | pending timers |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of element.rows) {
  console.log(
    `| ${r.round === 'before' ? 'page load' : `round ${r.round}`} | ${kb(r.js)} | ${kb(r.embedder)} | ${r.nodes} | ${r.listeners} | ${r.cards} | ${r.observers} | ${r.controllers} | ${r.requests} | ${r.timers} |`,
  );
}
console.log(`\nGrowth of the used heaps from round 2 to round ${rounds} (JS + DOM):\n`);
console.log('| run | JS heap | DOM heap | total | requests canceled |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, run] of [
  ['`<nice-pick>`, mixed (as above)', element],
  ['vanilla baseline, mixed', vanilla],
  ['`<nice-pick>`, data only', dataOnly],
]) {
  console.log(`| ${name} | ${signed(run.growth.js)} | ${signed(run.growth.dom)} | ${signed(run.growth.total)} | ${run.canceled} |`);
}
if (failures) process.exit(1);
console.log(`\n[memory] nothing left behind by removed cards${opts.smoke ? '' : ', and no growth beyond the baseline\'s'}`);
