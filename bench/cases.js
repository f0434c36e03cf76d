// The benchmark cases, run in bench/page.html by tachometer (one page load = one sample; the
// timed part is between bench.start() and bench.stop(), from tachometer's /bench.js). Every case
// ends when the cards are on the page and laid out: the element's update (or the baseline's DOM
// calls), the style recalculation and the layout that the host page pays for. Loading the script
// and the data happens before the clock starts.
//
//   ?impl=nice-pick   dist/nice-pick.js, the bundle as shipped (`npm run build` first)
//   ?impl=vanilla     bench/baseline.js, the same card in plain DOM calls
//   ?impl=against     another build of the element (`npm run bench -- --against FILE` puts it
//                     in bench/against/nice-pick.js)
//   ?case=first       one card from data (fixtures/gpu-vs-tpu.json), the page's first card
//   ?case=cards100    100 cards from data, the seven fixtures in turn
//   ?case=cards500    500 cards from data
//   ?case=replace100  100 rendered cards each get another fixture's data
//   ?case=update100   100 rendered cards each get the same fixture with every text edited
//   ?case=src         one card from `src` (a fixture on tachometer's local server) to rendered
import * as bench from '/bench.js';
import { FIXTURES } from './fixtures.js';

const params = new URLSearchParams(location.search);
const impl = params.get('impl');
const which = params.get('case');
const tag = { 'nice-pick': 'nice-pick', vanilla: 'vanilla-pick', against: 'nice-pick' }[impl];
if (!tag) throw new Error(`?impl= must be nice-pick, vanilla or against, not ${impl}`);

const fixturesUrl = new URL('../fixtures/', import.meta.url);
const load = async (name) => (await fetch(new URL(name, fixturesUrl))).json();

/** The same comparison with every text the reader sees changed (ids and links kept). */
const edited = (c) => ({
  ...c,
  title: `${c.title} (2)`,
  intro: c.intro && `${c.intro} (2)`,
  options: c.options.map((o) => ({
    ...o,
    summary: o.summary && `${o.summary} (2)`,
    pros: o.pros.map((p) => `${p} (2)`),
    cons: o.cons.map((p) => `${p} (2)`),
  })),
});

const stage = document.getElementById('stage');
const card = (data) => {
  const el = document.createElement(tag);
  if (data) el.data = data;
  return el;
};
/** Resolves once the cards show their data: the element renders in a microtask (src/reactive.ts), the baseline at once. */
const rendered = (cards) => (tag === 'nice-pick' ? Promise.all(cards.map((c) => c.updateComplete)) : undefined);
const layout = () => stage.getBoundingClientRect().height;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function many(n, data) {
  const cards = Array.from({ length: n }, (_, i) => card(data[i % data.length]));
  stage.append(...cards);
  await rendered(cards);
  layout();
  return cards;
}

/** n cards from data, the fixtures in turn. */
const build = (n) => async () => {
  const data = await Promise.all(FIXTURES.map(load));
  await frame();
  bench.start();
  await many(n, data);
  bench.stop();
};

/** 100 rendered cards, then card i gets next(data)[i + shift], as a new object. */
const replace = (next, shift) => async () => {
  const data = await Promise.all(FIXTURES.map(load));
  const newData = next(data);
  const cards = await many(100, data);
  await frame();
  bench.start();
  cards.forEach((c, i) => (c.data = newData[(i + shift) % newData.length]));
  await rendered(cards);
  layout();
  bench.stop();
};

const cases = {
  async first() {
    const data = await load(FIXTURES[0]);
    await frame();
    bench.start();
    const el = card(data);
    stage.append(el);
    await rendered([el]);
    layout();
    bench.stop();
  },
  cards100: build(100),
  cards500: build(500),
  replace100: replace((data) => data, 1),
  update100: replace((data) => data.map(edited), 0),
  async src() {
    await frame();
    // A new URL each sample, so the fetch reaches the server rather than the HTTP cache.
    const src = new URL(`${FIXTURES[0]}?sample=${Math.random()}`, fixturesUrl).href;
    bench.start();
    const el = card();
    const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
    el.setAttribute('src', src);
    stage.append(el);
    await loaded;
    layout();
    bench.stop();
  },
};

if (!cases[which]) throw new Error(`?case= must be one of ${Object.keys(cases).join(', ')}, not ${which}`);
await import(
  { 'nice-pick': '../dist/nice-pick.js', vanilla: './baseline.js', against: './against/nice-pick.js' }[impl]
);
await cases[which]();
