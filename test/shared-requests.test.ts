// 500 cards from 5 URLs on one page, a hostile load: all render, none fails, and the page makes
// exactly 5 requests, one per URL, the cards sharing each answer. The server counts the requests
// per URL (/__test__/count/RUN/N.json, web-test-runner.config.mjs), and the page counts its
// fetch() calls: Chromium and Firefox coalesce identical GETs in flight in their HTTP cache, so
// the server alone would see 5 there even if each card fetched on its own. The time from insertion to the last
// `load` is logged, one line per engine ("500 cards from 5 URLs: ...").
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { FIXTURES } from './fixtures.js';

// The counting endpoint serves these five fixtures as 0.json to 4.json (see the config's block).
const SERVED = FIXTURES.slice(0, 5);
const CARDS = 500;

describe('500 cards from 5 URLs', function () {
  this.timeout(60000);

  it('all render, no error, exactly one request per URL', async () => {
    const run = `shared-${Math.random().toString(36).slice(2)}`;
    // Answers wait 200 ms, so all 500 cards ask while every request is still in flight.
    const url = (n: number) => `/__test__/count/${run}/${n}.json?delay=200`;
    const titles = await Promise.all(SERVED.map(async (name) => (await (await fetch(`/fixtures/${name}`)).json()).title as string));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    let loads = 0;
    const errors: string[] = [];
    const cards = Array.from({ length: CARDS }, (_, i) => {
      const el = document.createElement('nice-pick');
      el.setAttribute('src', url(i % 5));
      el.setAttribute('loading', 'eager'); // all at once, whatever the default of `loading` is
      el.addEventListener('load', () => loads++);
      el.addEventListener('error', (event) => errors.push((event as ErrorEvent).message));
      return el;
    });
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof realFetch>) => {
      fetched.push(String(args[0] instanceof Request ? args[0].url : args[0]));
      return realFetch(...args);
    };
    let ms: number;
    try {
      const start = performance.now();
      wrapper.append(...cards);
      await waitUntil(() => loads + errors.length === CARDS, `${loads} loads and ${errors.length} errors of ${CARDS}`, { timeout: 50000, interval: 20 });
      ms = Math.round(performance.now() - start);
    } finally {
      window.fetch = realFetch;
    }
    const counts: Record<string, number> = await (await fetch(`/__test__/count/${run}/stats`)).json();
    const requests = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `500 cards from 5 URLs: ${ms} ms from insertion to the last load, ${fetched.length} fetch() calls, ${requests} requests at the server (${navigator.userAgent.replace(/.*\) /, '')})`,
    );

    expect(errors.slice(0, 3).join('\n'), 'no error events').to.equal('');
    expect(loads, 'load events').to.equal(CARDS);
    const wrong = cards
      .map((el, i) => el.shadowRoot?.querySelector('[part=title]')?.textContent === titles[i % 5])
      .filter((shown) => !shown).length;
    expect(wrong, 'cards not showing their own comparison').to.equal(0);
    const expected = Object.fromEntries([0, 1, 2, 3, 4].map((n) => [`/__test__/count/${run}/${n}.json`, 1]));
    expect(fetched.length, 'fetch() calls made by the page').to.equal(5);
    expect(JSON.stringify(counts), 'requests per URL, at the server').to.equal(JSON.stringify(expected));
  });
});
