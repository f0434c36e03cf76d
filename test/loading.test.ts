// Loading with `src` under the failures a real site sees: timeouts, answers that are not JSON,
// runaway answers, cookies, many cards on one URL, lazy cards, and "Try again".
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick, NicePickErrorDetail } from '../src/index.js';

// Cards share a successful answer for the page's lifetime: each test asks for URLs of its own.
let test = 0;
const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}test=${test}`;

let calls: { url: string; credentials?: RequestCredentials }[] = [];
const originalFetch = window.fetch;
const warn = console.warn;
beforeEach(() => {
  test++;
  calls = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), credentials: init?.credentials });
    return originalFetch(input, init);
  };
  console.warn = () => {}; // error states warn by design
});
afterEach(() => {
  window.fetch = originalFetch;
  console.warn = warn;
});

/** Resolves with the card's next `load` or `error` event. */
const next = (el: NicePick) =>
  new Promise<CustomEvent | (ErrorEvent & { detail: NicePickErrorDetail })>((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('load', done);
      el.removeEventListener('error', done);
      resolve(event as CustomEvent);
    };
    el.addEventListener('load', done);
    el.addEventListener('error', done);
  });

/** Each card's first event, listened for before the card is in the page (a fast answer wins). */
const firstEvent = new WeakMap<NicePick, ReturnType<typeof next>>();

async function card(src: string, attributes: Record<string, string> = {}): Promise<NicePick> {
  const el = document.createElement('nice-pick');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.src = src;
  firstEvent.set(el, next(el));
  await fixture(html`<div>${el}</div>`);
  return el;
}
/** The card's first event: the one its `src` gave. */
const first = (el: NicePick) => firstEvent.get(el)!;

const alertText = (el: NicePick) => (el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const retryButton = (el: NicePick) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=retry]');
const title = (el: NicePick) => el.shadowRoot!.querySelector('[part=title]')?.textContent;

describe('loading: errors a user can act on', () => {
  it('a request that takes longer than `timeout` ends with a timeout error and "Try again"', async () => {
    const url = fresh('/__test__/json?file=gpu-vs-tpu.json&delay=1500');
    const el = await card(url, { timeout: '300' });
    const event = await first(el);
    const absolute = new URL(url, document.baseURI).href;
    expect([event.type, (event as ErrorEvent).message]).to.deep.equal(['error', `Could not load ${absolute}: no answer within 0.3 seconds.`]);
    expect((event as { detail: NicePickErrorDetail }).detail.kind).to.equal('timeout');
    await el.updateComplete;
    expect(alertText(el)).to.contain('no answer within 0.3 seconds');
    // Given more time, "Try again" gets the card.
    el.timeout = 5000;
    const loaded = next(el);
    retryButton(el)!.click();
    expect((await loaded).type).to.equal('load');
    await el.updateComplete;
    expect(title(el)).to.equal('GPU Training vs TPU Training');
  });

  it('the default timeout is 10 seconds', async () => {
    expect(document.createElement('nice-pick').timeout).to.equal(10_000);
  });

  it('an answer that is not JSON by its Content-Type is not read: "expected JSON, got text/html"', async () => {
    const el = await card(fresh('/__test__/typed?type=text/html'));
    const event = (await first(el)) as ErrorEvent & { detail: NicePickErrorDetail };
    expect(event.detail.kind).to.equal('type');
    expect(event.message).to.match(/: expected JSON, got text\/html\.$/);
    await el.updateComplete;
    expect(retryButton(el), 'no "Try again": the same answer would come back').to.equal(null);
  });

  for (const type of ['application/json; charset=utf-8', 'application/vnd.example+json', 'Application/JSON']) {
    it(`reads ${type}`, async () => {
      const el = await card(fresh(`/__test__/typed?type=${encodeURIComponent(type)}`));
      expect((await first(el)).type).to.equal('load');
    });
  }

  it('an answer larger than 1 MB stops as it streams in, with no Content-Length', async () => {
    const el = await card(fresh('/__test__/big?bytes=2000000'));
    const event = (await first(el)) as ErrorEvent & { detail: NicePickErrorDetail };
    expect(event.detail.kind).to.equal('size');
    expect(event.message).to.match(/: the answer is larger than 1,048,576 bytes\.$/);
  });

  it('a server error (5xx) offers "Try again", which asks again; a 404 does not', async () => {
    const broken = await card(fresh('/__test__/status/503'));
    expect((await first(broken)).type).to.equal('error');
    await broken.updateComplete;
    const button = retryButton(broken)!;
    expect(button.textContent).to.equal('Try again');
    const again = next(broken);
    button.click();
    expect((await again).type, 'still failing').to.equal('error');
    expect(calls.filter((c) => c.url.includes('status/503')).length, 'asked twice').to.equal(2);

    const missing = await card(fresh('/__test__/status/404'));
    expect((await first(missing)).type).to.equal('error');
    await missing.updateComplete;
    expect(retryButton(missing)).to.equal(null);
  });

  it('a network failure offers "Try again"; invalid data does not', async () => {
    const offline = await card('http://127.0.0.1:9/nothing.json');
    expect(((await first(offline)) as { detail: NicePickErrorDetail }).detail.kind).to.equal('network');
    await offline.updateComplete;
    expect(retryButton(offline) !== null, 'Try again').to.equal(true);

    const invalid = await card(fresh('/__test__/wrong-shape'));
    expect(((await first(invalid)) as { detail: NicePickErrorDetail }).detail.kind).to.equal('invalid');
    await invalid.updateComplete;
    expect(retryButton(invalid)).to.equal(null);
  });
});

describe('loading: cookies', () => {
  before(() => {
    document.cookie = 'nicepick=reader; path=/';
  });
  after(() => {
    document.cookie = 'nicepick=; path=/; max-age=0';
  });

  it('sends none by default (credentials: omit)', async () => {
    const el = await card(fresh('/__test__/cookie'));
    expect((await first(el)).type).to.equal('load');
    await el.updateComplete;
    expect(title(el)).to.equal('cookie: none');
    expect(calls[0].credentials).to.equal('omit');
  });

  it('credentials="same-origin" opts in', async () => {
    const el = await card(fresh('/__test__/cookie'), { credentials: 'same-origin' });
    expect((await first(el)).type).to.equal('load');
    await el.updateComplete;
    expect(title(el)).to.equal('cookie: nicepick=reader');
  });
});

describe('loading: one request per URL', () => {
  it('ten cards with the same src make one request and all render', async () => {
    const url = fresh('/__test__/json?file=gpu-vs-tpu.json&delay=100');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const cards = Array.from({ length: 10 }, () => {
      const el = document.createElement('nice-pick');
      el.src = url;
      return el;
    });
    const loads = cards.map(next);
    host.append(...cards);
    expect((await Promise.all(loads)).map((e) => e.type)).to.deep.equal(Array(10).fill('load'));
    await Promise.all(cards.map((el) => el.updateComplete));
    expect(cards.map(title)).to.deep.equal(Array(10).fill('GPU Training vs TPU Training'));
    expect(calls.length).to.equal(1);
    // Later cards take the answer too.
    const late = await card(url);
    expect((await first(late)).type).to.equal('load');
    expect(calls.length, 'still one request').to.equal(1);
  });

  it('a failed request is not kept: the next card asks again', async () => {
    const url = fresh('/__test__/status/500');
    expect((await first(await card(url))).type).to.equal('error');
    expect((await first(await card(url))).type).to.equal('error');
    expect(calls.length).to.equal(2);
  });

  it('reload() asks the server again, even after a success', async () => {
    const url = fresh('/__test__/json?file=gpu-vs-tpu.json');
    const el = await card(url);
    expect((await first(el)).type).to.equal('load');
    const again = next(el);
    el.reload();
    expect((await again).type).to.equal('load');
    expect(calls.length).to.equal(2);
  });
});

describe('loading="lazy"', () => {
  it('waits until the card nears the viewport, then loads', async () => {
    const url = fresh('/__test__/json?file=gpu-vs-tpu.json');
    const host = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div></div>`);
    const el = document.createElement('nice-pick');
    el.setAttribute('loading', 'lazy');
    el.src = url;
    host.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.length, 'no request while far below').to.equal(0);
    expect(el.shadowRoot!.querySelector('[role=status]') !== null, 'the placeholder shows').to.equal(true);
    const loaded = next(el);
    el.scrollIntoView();
    expect((await loaded).type).to.equal('load');
    expect(calls.length).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('eager (the default) asks at once, even far below', async () => {
    const url = fresh('/__test__/json?file=gpu-vs-tpu.json');
    const host = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div></div>`);
    const el = document.createElement('nice-pick');
    expect(el.loading).to.equal('eager');
    el.src = url;
    const loaded = next(el);
    host.append(el);
    expect((await loaded).type).to.equal('load');
  });
});
