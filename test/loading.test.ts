// Loading with `src` under the failures a real site sees: timeouts, answers that are not JSON,
// runaway answers, cookies, many cards on one URL, replaced and late answers, lazy cards, and
// "Try again". Each test makes its case happen (small chunks, a held answer, a released order)
// rather than hoping the network does: `npm run mutants` breaks each behaviour and checks a test
// here fails.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick, NicePickErrorDetail } from '../src/index.js';
import { held, release, requestId, watched } from './support/helpers.js';

// Cards share a successful answer for the page's lifetime: each test asks for URLs of its own.
let test = 0;
const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}test=${test}`;

/** What the card read of one answer's body, through the wrapped `fetch` below. */
interface Reads {
  bytes: number;
  chunks: number;
  largest: number;
  cancelled: boolean;
}
let calls: { url: string; credentials?: RequestCredentials; reads: Reads }[] = [];
const originalFetch = window.fetch;
const warn = console.warn;
beforeEach(() => {
  test++;
  calls = [];
  // Every request the card makes, with what it read of the body: the answer is handed on in
  // pieces of at most 16 KB, one per read the card asks for (highWaterMark 0: nothing is read
  // ahead), counting bytes, and a cancel is recorded before it goes to the real body. The server
  // sends small chunks too, but a busy browser joins them (one read once gave 1.2 MB).
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const reads: Reads = { bytes: 0, chunks: 0, largest: 0, cancelled: false };
    calls.push({ url: String(input), credentials: init?.credentials, reads });
    const response = await originalFetch(input, init);
    if (!response.body) return response;
    const reader = response.body.getReader();
    let pending = new Uint8Array(0);
    const counted = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (!pending.length) {
            const { done, value } = await reader.read();
            if (done) return controller.close();
            pending = value;
          }
          const value = pending.subarray(0, 16 * 1024);
          pending = pending.subarray(value.length);
          reads.bytes += value.length;
          reads.chunks++;
          reads.largest = Math.max(reads.largest, value.length);
          controller.enqueue(value);
        },
        cancel(reason) {
          reads.cancelled = true;
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  console.warn = () => {}; // error states warn by design
});
afterEach(() => {
  window.fetch = originalFetch;
  console.warn = warn;
});

/** A request ID of this test's, for the server's hold/, release/ and watch/ routes. */
const id = (name: string) => requestId(`loading-${test}-${name}`);

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

async function card(src: string, attributes: Record<string, string> = {}, properties: Partial<NicePick> = {}): Promise<NicePick> {
  const el = document.createElement('nice-pick');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
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

  it('timeout="0" or not a number falls back to the default: an answer after 0.4 s loads', async () => {
    const cards = await Promise.all(
      ['0', 'soon', ''].map((value) => card(fresh(`/__test__/json?file=gpu-vs-tpu.json&delay=400&timeout=${value}`), { timeout: value })),
    );
    cards.push(await card(fresh('/__test__/json?file=gpu-vs-tpu.json&delay=400&timeout=property'), {}, { timeout: 0 }));
    expect(cards.map((el) => el.timeout).slice(0, 3), 'the attribute read as a number').to.deep.equal([0, NaN, 0]);
    const events = await Promise.all(cards.map(first));
    expect(events.map((e) => e.type)).to.deep.equal(['load', 'load', 'load', 'load']);
  });

  it('the default timeout is 10 seconds: a request with no answer ends then, not before', async function () {
    this.timeout(20_000);
    const ids = [id('default'), id('zero')];
    try {
      const started = performance.now();
      const cards = [await card(held(ids[0])), await card(held(ids[1]), { timeout: '0' })];
      const events = await Promise.all(cards.map(first));
      const elapsed = performance.now() - started;
      expect(events.map((e) => (e as ErrorEvent).message)).to.deep.equal(
        ids.map((i) => `Could not load ${new URL(held(i), document.baseURI).href}: no answer within 10 seconds.`),
      );
      expect(elapsed, 'ms until the timeout').to.be.within(9_900, 12_000);
      // the card gave up on the request, and the server saw it go
      expect((await Promise.all(ids.map((i) => watched(i, 'ended')))).map((w) => w.state)).to.deep.equal(['closed', 'closed']);
    } finally {
      await Promise.all(ids.map(release));
    }
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

  it('an answer with no Content-Type is not read: "expected JSON, got no Content-Type"', async () => {
    const el = await card(fresh('/__test__/untyped'));
    const event = (await first(el)) as ErrorEvent & { detail: NicePickErrorDetail };
    expect([event.detail.kind, event.message.replace(/^.*: /, '')]).to.deep.equal(['type', 'expected JSON, got no Content-Type.']);
    expect(calls[0].reads.bytes, 'no byte of the body read').to.equal(0);
  });

  it('an answer larger than 1 MB, streamed in 16 KB chunks with no Content-Length, stops at 1 MB', async () => {
    const el = await card(fresh('/__test__/big?bytes=2000000&chunk=16384'));
    const event = (await first(el)) as ErrorEvent & { detail: NicePickErrorDetail };
    expect(event.detail.kind).to.equal('size');
    expect(event.message).to.match(/: the answer is larger than 1,048,576 bytes\.$/);
    const { reads } = calls[0];
    // the case under test: no chunk is over the cap alone, only their running total is
    expect(reads.largest, 'largest chunk').to.be.at.most(16 * 1024);
    expect(reads.chunks, 'chunks read').to.be.above(2);
    // reading stopped with the chunk that crossed 1 MB, and the rest was cancelled
    expect(reads.bytes, 'bytes read').to.be.within((1 << 20) + 1, (1 << 20) + reads.largest);
    // (the server may have sent it all by then: the browser reads ahead of the card)
    expect(reads.cancelled, 'body cancelled').to.equal(true);
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

describe('loading: replaced and late answers', () => {
  it('a replaced src aborts its request: the server sees it closed', async () => {
    const [old, now] = [id('old'), id('new')];
    try {
      const el = await card(held(old));
      expect((await watched(old, 'open')).state, 'the first request reached the server').to.equal('open');
      const loaded = next(el);
      el.src = held(now, 'technical-debt-vs-clean-code.json');
      await release(now);
      expect((await loaded).type).to.equal('load');
      expect(title(el)).to.equal('Technical Debt vs Clean Code');
      expect((await watched(old, 'ended')).state, 'the replaced request').to.equal('closed');
    } finally {
      await Promise.all([release(old), release(now)]);
    }
  });

  it('a removed card aborts its request: the server sees it closed', async () => {
    const request = id('removed');
    try {
      const el = await card(held(request));
      expect((await watched(request, 'open')).state).to.equal('open');
      el.remove();
      expect((await watched(request, 'ended')).state).to.equal('closed');
    } finally {
      await release(request);
    }
  });

  it('a request another card still waits for is not aborted, and its late answer does not replace newer data', async () => {
    const [shared, now] = [id('shared'), id('new')];
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const [moved, staying] = [document.createElement('nice-pick'), document.createElement('nice-pick')];
      const events: string[][] = [[], []];
      [moved, staying].forEach((el, i) => {
        el.src = held(shared);
        for (const type of ['load', 'error']) el.addEventListener(type, () => events[i].push(`${type}: ${title(el) ?? alertText(el)}`));
      });
      host.append(moved, staying);
      expect((await watched(shared, 'open')).state, 'one request for both').to.equal('open');
      // The first card moves on to another comparison, whose answer comes first …
      const movedOn = next(moved);
      moved.src = held(now, 'technical-debt-vs-clean-code.json');
      await release(now);
      await movedOn;
      // … then the shared one, which the second card still waited for.
      const stayed = next(staying);
      await release(shared);
      await stayed;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await Promise.all([moved.updateComplete, staying.updateComplete]);
      expect(events).to.deep.equal([['load: Technical Debt vs Clean Code'], ['load: GPU Training vs TPU Training']]);
      expect((await watched(shared, 'ended')).state, 'the shared request was answered').to.equal('done');
      expect(calls.filter((c) => c.url.includes(shared)).length, 'one request for both').to.equal(1);
    } finally {
      await Promise.all([release(shared), release(now)]);
    }
  });
});

describe('loading="lazy"', () => {
  /**
   * Lazy cards whose top is `below` px under the viewport's bottom edge, in a page scrolled to the
   * top, and `placed`: where the browser placed them, from an intersection observer of ours.
   */
  async function lazyCards(below: number[]) {
    window.scrollTo(0, 0);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const cards = below.map((offset, i) => {
      const el = document.createElement('nice-pick');
      el.setAttribute('loading', 'lazy');
      el.style.cssText = `position: absolute; inset-inline-start: 0; inline-size: 600px; inset-block-start: calc(100vh + ${offset}px)`;
      el.src = new URL(fresh(`/__test__/json?file=gpu-vs-tpu.json&card=${i}`), document.baseURI).href;
      firstEvent.set(el, next(el));
      return el;
    });
    host.append(...cards);
    await Promise.all(cards.map((el) => el.updateComplete));
    const placed = new Promise<number[]>((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        observer.disconnect();
        resolve(entries.map((e) => Math.round(e.boundingClientRect.top - innerHeight)));
      });
      cards.forEach((el) => observer.observe(el));
    });
    return { cards, placed };
  }

  /**
   * Waits until the card `near` has asked for its src (at most 2 s: it asks in the frame the
   * browser places it). The cards' observer tells of all of them at once, in one callback, so by
   * then it has judged every card, the far ones too: what they have not asked for, they will not.
   */
  const asked = (near: NicePick) =>
    waitUntil(() => calls.some((c) => c.url === near.src), `the card within 600px asks for its src`, { timeout: 2000 });

  it('loads a card 300px below the viewport (it is within 600px), not one 1,000px below', async () => {
    const { cards, placed } = await lazyCards([300, 1000]);
    expect(await placed, 'px below the viewport').to.deep.equal([300, 1000]);
    await asked(cards[0]);
    expect(calls.map((c) => c.url), 'only the near card asked').to.deep.equal([cards[0].src]);
    expect((await first(cards[0])).type).to.equal('load');
    expect(cards[1].shadowRoot!.querySelector('[role=status]') !== null, 'the far one shows its placeholder').to.equal(true);
    expect(calls.length, 'still no request for the far card').to.equal(1);
    // scrolled to, it loads
    cards[1].scrollIntoView();
    expect((await first(cards[1])).type).to.equal('load');
    expect(calls.map((c) => c.url)).to.deep.equal([cards[0].src, cards[1].src]);
    window.scrollTo(0, 0);
  });

  it('does not load a card 700px below (just outside the 600px)', async () => {
    const { cards, placed } = await lazyCards([700, 500]);
    expect(await placed).to.deep.equal([700, 500]);
    await asked(cards[1]);
    expect(calls.map((c) => c.url), 'only the card 500px below asked').to.deep.equal([cards[1].src]);
    expect((await first(cards[1])).type, 'the card within 600px loads').to.equal('load');
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
