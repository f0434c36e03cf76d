// A removed <nice-pick> lets go: its request is aborted, it stops watching its inline script, it
// fires nothing and renders nothing more; put back, it works again. (bench/memory.mjs checks the
// same at scale in Chromium: 500 cards added and removed 10 times, nothing retained.)
import { expect, fixture, html } from '@open-wc/testing';
import type { NicePick } from '../src/index.js';
import '../src/index.js';
import { loadFixture } from './fixtures.js';
import { nextLoad, nextTask, record, text } from './support/helpers.js';

const titleOf = (el: NicePick) => text(el.shadowRoot!.querySelector('[part=title]'));
const loadingShown = (el: NicePick) => el.shadowRoot!.querySelector('[part~=loading]') !== null;

const inlineScript = (json: unknown) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(json);
  return script;
};

/** A connected card fed by an inline script of `json`, once it has rendered. */
async function mountInline(json: unknown) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('nice-pick');
  const script = inlineScript(json);
  el.append(script);
  const loaded = nextLoad(el);
  host.append(el);
  await loaded;
  return { host, el, script };
}

/** Mutation observer callbacks, the card's updates and their events all run before the next task. */
const settle = nextTask;

// window.fetch, wrapped to record each request's URL and AbortSignal (and still fetch it).
type Call = { url: string; signal: AbortSignal | undefined };
let calls: Call[] = [];
const originalFetch = window.fetch;
// Cards share a successful answer for the page's lifetime: each test asks for URLs of its own.
let test = 0;
beforeEach(() => {
  test++;
  calls = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal ?? undefined });
    return originalFetch(input, init);
  };
});
afterEach(() => {
  window.fetch = originalFetch;
});

const slow = (file: string, delay = 2000) => `/__test__/json?file=${file}&delay=${delay}&test=${test}`;

describe('<nice-pick> teardown', () => {
  let gpu: { title: string }, debt: { title: string };
  before(async () => {
    // fetched before the wrapper is installed (beforeEach), so they are not in `calls`
    [gpu, debt] = await Promise.all([loadFixture('gpu-vs-tpu.json'), loadFixture('technical-debt-vs-clean-code.json')]);
  });

  it('aborts its request when removed, and fires nothing after', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('nice-pick');
    const events = record(el);
    el.src = slow('gpu-vs-tpu.json');
    host.append(el);
    await el.updateComplete;
    expect(loadingShown(el), 'loading while the server waits').to.equal(true);
    expect(calls.length, 'one request').to.equal(1);
    const { signal } = calls[0];
    expect(signal instanceof AbortSignal, 'the request has an AbortSignal').to.equal(true);
    expect(signal!.aborted, 'not aborted while connected').to.equal(false);

    el.remove();
    expect(signal!.aborted, 'aborted as soon as the card is removed').to.equal(true);
    await settle();
    expect(events, 'no load or error event after removal').to.deep.equal([]);
  });

  it('aborts the requests of many cards removed at once', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const cards = Array.from({ length: 20 }, (_, i) => {
      const el = document.createElement('nice-pick');
      el.src = slow(i % 2 ? 'gpu-vs-tpu.json' : 'technical-debt-vs-clean-code.json');
      return el;
    });
    const events = cards.map(record);
    host.append(...cards);
    await Promise.all(cards.map((el) => el.updateComplete));
    expect(calls.length, 'one request per URL, shared by its cards').to.equal(2);
    host.replaceChildren();
    expect(calls.map((c) => c.signal?.aborted), 'both requests aborted').to.deep.equal([true, true]);
    await settle();
    expect(events.flat(), 'no event from any removed card').to.deep.equal([]);
  });

  it('a shared request goes on while another card still waits for it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const [gone, stays] = [0, 1].map(() => {
      const el = document.createElement('nice-pick');
      el.src = slow('gpu-vs-tpu.json', 300);
      return el;
    });
    const events = record(gone);
    host.append(gone, stays);
    await Promise.all([gone.updateComplete, stays.updateComplete]);
    expect(calls.length, 'one request for both').to.equal(1);
    const loaded = nextLoad(stays);
    gone.remove();
    expect(calls[0].signal!.aborted, 'not aborted: a card still waits').to.equal(false);
    await loaded;
    expect(titleOf(stays)).to.equal(gpu.title);
    expect(events.flat(), 'the removed card stopped waiting: no event').to.deep.equal([]);
  });

  it('loads again when put back after its request was aborted', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('nice-pick');
    el.src = slow('gpu-vs-tpu.json', 300);
    host.append(el);
    await el.updateComplete;
    el.remove();
    expect(calls[0].signal!.aborted, 'first request aborted').to.equal(true);

    const loaded = nextLoad(el);
    host.append(el);
    await loaded;
    expect(calls.length, 'a second request').to.equal(2);
    expect(calls[1].signal!.aborted, 'the new request is not aborted').to.equal(false);
    expect(titleOf(el)).to.equal(gpu.title);
  });

  it('stops watching its inline script when removed: a change then renders nothing', async () => {
    const { el, script } = await mountInline(gpu);
    const events = record(el);
    expect(titleOf(el)).to.equal(gpu.title);

    el.remove();
    script.textContent = JSON.stringify(debt);
    el.append(inlineScript(debt)); // a second script, and a child added: still nothing
    await settle();
    await el.updateComplete;
    expect(events, 'no load or error event while removed').to.deep.equal([]);
    expect(titleOf(el), 'still the card it had').to.equal(gpu.title);
    expect(calls, 'no request').to.deep.equal([]);
  });

  it('put back after its inline script changed while out of the page, shows the new one', async () => {
    const { host, el, script } = await mountInline(gpu);
    el.remove();
    script.textContent = JSON.stringify(debt);
    const next = nextLoad(el);
    host.append(el);
    await next;
    await el.updateComplete;
    expect(titleOf(el)).to.equal(debt.title);
  });

  it('watches its inline script again when put back', async () => {
    const { host, el, script } = await mountInline(gpu);
    el.remove();
    host.append(el);
    await settle();
    expect(titleOf(el), 'the same card after the move').to.equal(gpu.title);

    const next = nextLoad(el);
    script.textContent = JSON.stringify(debt);
    await next;
    expect(titleOf(el), 'the edited script shows').to.equal(debt.title);
  });

  it('a card moved within the page (removed and put back in one task) keeps its card and loads nothing', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><p></p></div>`);
    const el = document.createElement('nice-pick');
    el.data = gpu as never;
    const loaded = nextLoad(el);
    host.append(el);
    await loaded;
    const events = record(el);
    host.prepend(el); // a move: disconnected and connected again
    await settle();
    expect(titleOf(el)).to.equal(gpu.title);
    expect(events, 'no new event for a move').to.deep.equal([]);
    expect(calls, 'no request').to.deep.equal([]);
  });
});
