// <nice-pick> in a browser: how data gets in (data, src, inline script), which one wins, the
// loading/ready/error states, and the `load` and `error` events.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { NicePick } from '../src/index.js';
import type { CheckedComparison, Comparison, NicePickErrorDetail, NicePickErrorEvent } from '../src/index.js';
import { loadFixture } from './fixtures.js';
import { held, nextEvent, nextFrame, nextLoad, nextTask, part, parts, release, requestId, root, text, watched } from './support/helpers.js';

// ---------------------------------------------------------------------------- helpers

const absolute = (url: string) => new URL(url, document.baseURI).href;

const titleOf = (el: NicePick) => text(part(el, 'title'));

/** What the reader sees: the shadow root's rendered text (innerText follows CSS). */
const visibleText = (el: NicePick) =>
  [...root(el).children].map((child) => (child as HTMLElement).innerText ?? '').join(' ').trim();

/** The card shows this comparison: its title, every option name, pro and con (from the JSON). */
function expectShows(el: NicePick, json: Comparison) {
  const expectedTitle = json.title ?? json.options.map((o) => o.name).join(' vs ');
  expect(titleOf(el), 'title').to.equal(expectedTitle);
  expect(parts(el, 'option-name').map(text), 'option names').to.deep.equal(json.options.map((o) => o.name));
  const pros = parts(el, 'pro').map((li) => text(li.lastChild));
  const cons = parts(el, 'con').map((li) => text(li.lastChild));
  expect(pros, 'pros').to.deep.equal(json.options.flatMap((o) => o.pros.map((p) => p.trim())).filter(Boolean));
  expect(cons, 'cons').to.deep.equal(json.options.flatMap((o) => o.cons.map((c) => c.trim())).filter(Boolean));
  expect(root(el).querySelector('[role=alert]'), 'no error shown').to.equal(null);
  expect(root(el).querySelector('[role=status]'), 'no loading placeholder').to.equal(null);
}

type Recorded = { type: string; event: Event; titleAtDispatch: string; alertAtDispatch: string };

/** Every `load` and `error` event of `el`, with what the card showed when it arrived. */
function record(el: NicePick): Recorded[] {
  const events: Recorded[] = [];
  for (const type of ['load', 'error']) {
    el.addEventListener(type, (event) =>
      events.push({
        type,
        event,
        titleAtDispatch: titleOf(el),
        alertAtDispatch: text(root(el).querySelector('[role=alert]')),
      }),
    );
  }
  return events;
}

/** A connected place to put cards in; removed after each test by @open-wc/testing. */
const container = () => fixture<HTMLDivElement>(html`<div></div>`);

function inlineScript(json: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof json == 'string' ? json : JSON.stringify(json);
  return script;
}

/** Creates a card, lets `setup` give it its input, connects it and waits for its first event. */
async function mount(setup: (el: NicePick) => void) {
  const el = document.createElement('nice-pick');
  setup(el);
  const events = record(el);
  const first = nextEvent(el);
  (await container()).append(el);
  const event = await first;
  return { el, event, events };
}

// console.warn is the component's only console output; stub it so each test can count calls.
// fetch is wrapped to record the URLs the cards ask for (the card calls it as it takes a src).
let warnings: unknown[][] = [];
let requested: string[] = [];
const originalWarn = console.warn;
const originalFetch = window.fetch;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  requested = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requested.push(String(input instanceof Request ? input.url : input));
    return originalFetch(input, init);
  };
});
afterEach(() => {
  console.warn = originalWarn;
  window.fetch = originalFetch;
});

// ---------------------------------------------------------------------------- inputs

describe('<nice-pick> inputs', () => {
  let gpu: Comparison, debt: Comparison, solo: Comparison;
  before(async () => {
    [gpu, debt, solo] = await Promise.all([
      loadFixture('gpu-vs-tpu.json'),
      loadFixture('technical-debt-vs-clean-code.json'),
      loadFixture('solo-work-vs-pair-programming.json'),
    ]);
  });

  it('is registered as <nice-pick> and exports its class', () => {
    expect(customElements.get('nice-pick')).to.equal(NicePick);
    expect(document.createElement('nice-pick')).to.be.instanceOf(NicePick);
  });

  it('renders the card from the data property', async () => {
    const { el, event } = await mount((el) => (el.data = gpu));
    expect(event.type).to.equal('load');
    expectShows(el, gpu);
  });

  it('renders the card from src given as a root-relative URL', async () => {
    const { el, event } = await mount((el) => el.setAttribute('src', '/fixtures/gpu-vs-tpu.json'));
    expect(event.type).to.equal('load');
    expectShows(el, gpu);
  });

  it('renders the card from src given as a "../" URL, resolved against the page', async () => {
    const src = `../fixtures/technical-debt-vs-clean-code.json`;
    // The page is at the server root, so "../" stays at the root: /fixtures/... exists.
    expect(absolute(src)).to.equal(new URL('/fixtures/technical-debt-vs-clean-code.json', location.href).href);
    const { el, event } = await mount((el) => (el.src = src));
    expect(event.type).to.equal('load');
    expectShows(el, debt);
  });

  it('resolves a relative src against the page, not against the script that loads it', async () => {
    // "fixtures/x.json" from the page (/) is /fixtures/x.json; from the module it would be
    // /test/fixtures/x.json or /src/fixtures/x.json, which do not exist.
    const { el, event } = await mount((el) => (el.src = 'fixtures/solo-work-vs-pair-programming.json'));
    expect(event.type, (event as ErrorEvent).message).to.equal('load');
    expectShows(el, solo);
  });

  it('renders the card from an inline <script type="application/json"> child', async () => {
    const { el, event } = await mount((el) => el.append(inlineScript(solo)));
    expect(event.type).to.equal('load');
    expectShows(el, solo);
  });

  it('reads an inline script written in the markup', async () => {
    const host = await container();
    host.innerHTML = `<nice-pick><script type="application/json">${JSON.stringify(debt)}</script></nice-pick>`;
    const el = host.querySelector('nice-pick')!;
    await waitUntil(() => titleOf(el) !== '', 'the card renders', { timeout: 3000 });
    expectShows(el, debt);
  });

  it('takes data over src over the inline script, and falls back as each is removed', async () => {
    const { el, event, events } = await mount((el) => {
      el.data = gpu;
      el.setAttribute('src', '/fixtures/technical-debt-vs-clean-code.json');
      el.append(inlineScript(solo));
    });
    expect(event.type).to.equal('load');
    expectShows(el, gpu);
    await nextFrame();
    expect(requested, 'src is not even asked for while data wins').to.deep.equal([]);
    expect(events.map((e) => e.type)).to.deep.equal(['load']);
    expectShows(el, gpu);

    let next = nextLoad(el);
    el.data = undefined;
    await next;
    expectShows(el, debt);

    next = nextLoad(el);
    el.removeAttribute('src');
    await next;
    expectShows(el, solo);
    expect(events.map((e) => e.type)).to.deep.equal(['load', 'load', 'load']);
  });

  it('re-renders when data is replaced with a new object', async () => {
    const { el } = await mount((el) => (el.data = gpu));
    const next = nextLoad(el);
    el.data = debt;
    await next;
    expectShows(el, debt);
  });

  it('re-renders when the inline script text changes', async () => {
    const script = inlineScript(gpu);
    const { el } = await mount((el) => el.append(script));
    expectShows(el, gpu);
    let next = nextLoad(el);
    script.textContent = JSON.stringify(debt);
    await next;
    expectShows(el, debt);
    // a change to the text node itself (characterData), not a new child
    next = nextLoad(el);
    script.firstChild!.nodeValue = JSON.stringify(solo);
    await next;
    expectShows(el, solo);
  });

  it('re-renders when the inline script element is replaced', async () => {
    const script = inlineScript(gpu);
    const { el } = await mount((el) => el.append(script));
    const next = nextLoad(el);
    script.replaceWith(inlineScript(debt));
    await next;
    expectShows(el, debt);
  });

  it('keeps a data value set before the tag is defined', async () => {
    const el = document.createElement('nice-pick-late') as NicePick;
    el.data = gpu;
    (await container()).append(el);
    expect(el.shadowRoot, 'not upgraded yet').to.equal(null);
    const first = nextEvent(el);
    customElements.define('nice-pick-late', class extends NicePick {});
    expect(el).to.be.instanceOf(NicePick);
    const event = await first;
    expect(event.type).to.equal('load');
    expectShows(el, gpu);
    expect(el.data).to.equal(gpu);
  });
});

// ---------------------------------------------------------------------------- loading

describe('<nice-pick> loading', () => {
  let gpu: Comparison, debt: Comparison;
  before(async () => {
    [gpu, debt] = await Promise.all([loadFixture('gpu-vs-tpu.json'), loadFixture('technical-debt-vs-clean-code.json')]);
  });

  it('shows a loading placeholder until the answer arrives', async () => {
    const el = document.createElement('nice-pick');
    el.src = '/__test__/json?file=gpu-vs-tpu.json&delay=300';
    (await container()).append(el);
    const next = nextLoad(el);
    await el.updateComplete;
    const status = root(el).querySelector('[role=status]') as HTMLElement;
    expect(status, 'role=status placeholder').to.not.equal(null);
    expect(status.innerText.trim()).to.match(/^Loading comparison/);
    expect(status.getBoundingClientRect().height, 'reserves room').to.be.greaterThan(100);
    await next;
    expectShows(el, gpu);
  });

  it('ignores the late answer of a src that was replaced while loading', async () => {
    const first = requestId('element-replaced');
    try {
      const el = document.createElement('nice-pick');
      const events = record(el);
      (await container()).append(el);
      el.src = held(first);
      await el.updateComplete;
      expect((await watched(first, 'open')).state, 'the first request is on its way').to.equal('open');
      expect(root(el).querySelector('[role=status]'), 'loading').to.not.equal(null);
      const next = nextLoad(el);
      el.src = '/__test__/json?file=technical-debt-vs-clean-code.json';
      await next;
      expectShows(el, debt);
      // the first answer may come now: it was given up, so the server finds no one to send it to
      await release(first);
      expect((await watched(first, 'ended')).state, 'the first request').to.equal('closed');
      await nextTask();
      expectShows(el, debt);
      expect(events.map((e) => e.type)).to.deep.equal(['load']);
    } finally {
      await release(first);
    }
  });

  it('stops loading when removed, without throwing, and loads again when put back', async () => {
    const request = requestId('element-removed');
    try {
      const el = document.createElement('nice-pick');
      const events = record(el);
      const host = await container();
      el.src = held(request);
      host.append(el);
      await el.updateComplete;
      expect(root(el).querySelector('[role=status]'), 'loading').to.not.equal(null);
      expect((await watched(request, 'open')).state, 'the request is on its way').to.equal('open');

      const thrown: unknown[] = [];
      const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        el.remove();
        expect((await watched(request, 'ended')).state, 'the server saw the request closed').to.equal('closed');
        await nextTask(); // unhandled rejections are reported at the end of the task they happen in
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(thrown, 'nothing thrown').to.deep.equal([]);
      expect(events, 'no event while removed').to.deep.equal([]);
      expect(warnings, 'no warning while removed').to.deep.equal([]);

      await release(request); // put back, it asks again, and this time the answer comes at once
      const next = nextLoad(el);
      host.append(el);
      await next;
      expectShows(el, gpu);
      expect(events.map((e) => e.type)).to.deep.equal(['load']);
    } finally {
      await release(request);
    }
  });

  it('does not load while removed when it was removed before it started loading', async () => {
    // Connected and removed in the same task (a framework moving or discarding it): the card's
    // first update comes after the removal, while it is out of the document.
    const el = document.createElement('nice-pick');
    const events = record(el);
    const host = await container();
    el.src = '/__test__/json?file=gpu-vs-tpu.json&removed-first';
    host.append(el);
    el.remove();
    await el.updateComplete;
    await nextTask();
    expect(requested, 'no request while removed').to.deep.equal([]);
    expect(events.map((e) => e.type), 'no event while removed').to.deep.equal([]);

    const next = nextLoad(el);
    host.append(el);
    await next;
    expectShows(el, gpu);
  });
});

describe('<nice-pick> inline script parsed in pieces', () => {
  /**
   * A page whose HTML arrives in network chunks: the parser inserts the <script> and then its
   * text, with the event loop running in between, while the document is still loading.
   * document.write() into an open iframe document feeds the parser the same way. Records each
   * card's load (its title) and error (its kind) events.
   */
  async function parsingFrame() {
    const iframe = document.createElement('iframe');
    (await container()).append(iframe);
    const doc = iframe.contentDocument!;
    const win = iframe.contentWindow as Window & { importError?: string };
    doc.open();
    const loads: string[] = [];
    const errors: string[] = [];
    doc.addEventListener(
      'load',
      (e) => {
        const target = e.target as Element;
        if (target.localName == 'nice-pick') loads.push(text(target.shadowRoot?.querySelector('[part=title]')));
      },
      true, // capture: load does not bubble, but it passes the document on its way down
    );
    doc.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<{ kind: string }>).detail?.kind), true);
    doc.write(
      `<!doctype html><script>import(${JSON.stringify(new URL('/src/index.ts', location.href).href)})` +
        `.catch((e) => { window.importError = String(e); });</script>`,
    );
    await waitUntil(() => win.customElements.get('nice-pick') || win.importError, 'the element is defined in the frame', {
      timeout: 5000,
    });
    expect(win.importError).to.equal(undefined);
    expect(doc.readyState).to.equal('loading');
    /** Ends the page: a parser-blocking script first, so that parsing ends in a task of its own, as on a real page. */
    const end = async () => {
      doc.write(`<script src="/__test__/status/204"></script>`);
      doc.close();
      // complete comes after DOMContentLoaded (when a card judges a script it could not parse)
      // and the frame's load event: by then every card's update and event have run
      await waitUntil(() => doc.readyState == 'complete', 'the frame is parsed and loaded', { timeout: 3000 });
      await nextTask();
    };
    return { doc, loads, errors, end };
  }

  it('shows the card as soon as the script text parses, and fires one load event, when the page parser delivers it in chunks', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const { doc, loads, errors, end } = await parsingFrame();
    const body = JSON.stringify(json);
    const half = Math.ceil(body.length / 2);
    doc.write('<nice-pick><script type="application/json">' + body.slice(0, half));
    await nextTask(); // the parser's mutation records and the card's update run in between
    expect(loads, 'no load event for half an object').to.deep.equal([]);
    doc.write(body.slice(half) + '\n  ');
    await nextTask();
    doc.write('</script></nice-pick>');
    await nextTask();
    // Shown as soon as the text is whole, before the rest of the page is parsed: a classic script
    // in the head defines the element early, and the card must not wait for DOMContentLoaded.
    expect(doc.readyState).to.equal('loading');
    expect(loads, 'shown once the text is whole').to.deep.equal([json.title]);
    await end();
    expect(loads, 'load events').to.deep.equal([json.title]);
    expect(errors, 'error events').to.deep.equal([]);
  });

  it('shows broken JSON as an error once the page is parsed, with one error event', async () => {
    const { doc, loads, errors, end } = await parsingFrame();
    doc.write('<nice-pick><script type="application/json">{"options": [</script></nice-pick>');
    await nextTask(); // the mutation observer and the card's check have run
    expect(errors, 'no error while the page is still parsing').to.deep.equal([]);
    await end();
    expect(errors, 'error events').to.deep.equal(['parse']);
    expect(loads).to.deep.equal([]);
    expect(text(doc.querySelector('nice-pick')!.shadowRoot!.querySelector('[role=alert]'))).to.include(
      'The inline <script type="application/json"> is not valid JSON',
    );
  });

  it('takes whitespace added around the JSON as no change: no new render, no new load event', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const host = await container();
    const el = document.createElement('nice-pick') as NicePick;
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(json) });
    el.append(script);
    const loaded = nextLoad(el);
    host.append(el);
    await loaded;
    const events = record(el);
    script.append('\n  ');
    script.prepend('\n');
    await nextTask(); // the mutation observer and the card's check have run
    expect(events.map((e) => e.type), 'no event').to.deep.equal([]);
    expectShows(el, json);
    // A real change still shows.
    const next = nextLoad(el);
    script.textContent = JSON.stringify({ ...json, title: 'Edited' });
    await next;
    expect(titleOf(el)).to.equal('Edited');
  });
});

// ---------------------------------------------------------------------------- errors

describe('<nice-pick> errors', () => {
  /** Checks what every failure must do: the event, the alert, one warning, a card that is not blank. */
  function expectFailure(
    el: NicePick,
    event: NicePickErrorEvent,
    events: Recorded[],
    kind: NicePickErrorDetail['kind'],
  ) {
    expect(event).to.be.instanceOf(ErrorEvent);
    expect(event.type).to.equal('error');
    expect(event.bubbles, 'bubbles').to.equal(false);
    const detail = event.detail;
    expect(detail.kind).to.equal(kind);
    expect(detail.message).to.be.a('string').and.not.equal('');
    expect(event.message).to.equal(detail.message);

    const alert = root(el).querySelector('[role=alert]') as HTMLElement | null;
    expect(alert, 'role=alert').to.not.equal(null);
    expect(text(alert)).to.contain('This comparison could not be shown.');
    expect(text(alert)).to.contain(detail.message);
    // the alert was already on screen when the event fired
    expect(events.at(-1)?.alertAtDispatch).to.contain(detail.message);
    expect(part(el, 'title'), 'no card title').to.equal(null);

    // never blank: there is visible text and the card has a size
    expect(visibleText(el)).to.contain(detail.message);
    expect(alert!.getBoundingClientRect().height).to.be.greaterThan(0);

    expect(warnings.length, 'console.warn calls').to.equal(1);
    expect(String(warnings[0][0])).to.contain(detail.message);
  }

  /** Mounts a card with `src` and returns its first event, which must be an error. */
  async function failWith(setup: (el: NicePick) => void) {
    const bubbled: Event[] = [];
    const onDocument = (e: Event) => bubbled.push(e);
    document.addEventListener('error', onDocument);
    try {
      const { el, event, events } = await mount(setup);
      if (event.type !== 'error') throw new Error(`expected an error event, got ${event.type}`);
      await nextTask();
      expect(bubbled, 'a listener on document gets nothing').to.deep.equal([]);
      return { el, event: event as NicePickErrorEvent, events };
    } finally {
      document.removeEventListener('error', onDocument);
    }
  }

  for (const status of [404, 500]) {
    it(`reports an HTTP ${status} with the absolute URL and the status`, async () => {
      const src = `/__test__/status/${status}`;
      const { el, event, events } = await failWith((el) => (el.src = src));
      expectFailure(el, event, events, 'http');
      expect(event.detail.status).to.equal(status);
      expect(event.detail.url).to.equal(absolute(src));
      const start = `Could not load ${absolute(src)}: the server answered ${status}`;
      expect(event.detail.message.slice(0, start.length)).to.equal(start);
    });
  }

  it('reports a response that is not JSON', async () => {
    const src = '/__test__/bad-json';
    const { el, event, events } = await failWith((el) => (el.src = src));
    expectFailure(el, event, events, 'parse');
    expect(event.detail.url).to.equal(absolute(src));
    expect(event.detail.message).to.contain(absolute(src));
    expect(event.detail.message).to.contain('is not valid JSON');
  });

  it('reports JSON of the wrong shape with every problem, each shown in the card', async () => {
    const src = '/__test__/wrong-shape';
    const { el, event, events } = await failWith((el) => (el.src = src));
    expectFailure(el, event, events, 'invalid');
    expect(event.detail.message).to.equal(`${absolute(src)} is not a valid comparison:`);
    const problems = event.detail.problems!;
    expect(problems).to.include('options: expected 2 to 4 options, got 1');
    expect(problems).to.include('options[0].name: expected a non-empty string, got a number');
    const shown = [...root(el).querySelectorAll('[role=alert] li code')].map(text);
    expect(shown).to.deep.equal(problems);
    // the warning carries the problems too, one per line, in one string
    expect(warnings[0]).to.deep.equal([[`<nice-pick>: ${event.detail.message}`, ...problems].join('\n')]);
  });

  it('shows the first 20 problems and says how many more; the event and the console have them all', async () => {
    const many = { options: Array.from({ length: 3 }, () => ({ name: 1, pros: Array(10).fill(0), cons: [] })) };
    const { el, event } = await failWith((el) => (el.data = many as never));
    const problems = event.detail.problems!;
    expect(problems.length, 'every problem in the event').to.be.above(30);
    const items = [...root(el).querySelectorAll('[role=alert] li')].map(text);
    expect(items.length).to.equal(21);
    expect(items.slice(0, 20)).to.deep.equal(problems.slice(0, 20));
    expect(items[20]).to.equal(`…and ${problems.length - 20} more`);
    expect(String(warnings[0][0]).split('\n').length, 'the console has them all').to.equal(problems.length + 1);
  });

  it('250,000 problems: the card still shows its error, and the page keeps going', async () => {
    // 250,000 numbers as options: the option count, then each one's problem.
    const { el, event } = await failWith((el) => (el.data = { options: Array(250_000).fill(0) } as never));
    expect(event.detail.problems!.length).to.equal(250_001);
    expect(root(el).querySelectorAll('[role=alert] li').length).to.equal(21);
  });

  it('reports a network failure', async () => {
    const src = 'http://127.0.0.1:9/x.json';
    const { el, event, events } = await failWith((el) => (el.src = src));
    expectFailure(el, event, events, 'network');
    expect(event.detail.url).to.equal(src);
    expect(event.detail.message).to.contain(`Could not load ${src}`);
    expect(event.detail.status).to.equal(undefined);
  });

  it('reports an invalid data property', async () => {
    const { el, event, events } = await failWith((el) => (el.data = { options: [{ name: 1 }] } as unknown as Comparison));
    expectFailure(el, event, events, 'invalid');
    expect(event.detail.message).to.equal('The comparison in the data property is not a valid comparison:');
    expect(event.detail.problems).to.include('options: expected 2 to 4 options, got 1');
    expect(event.detail.url).to.equal(undefined);
    expect([...root(el).querySelectorAll('[role=alert] li code')].map(text)).to.deep.equal(event.detail.problems);
  });

  it('reports inline JSON that does not parse, naming the inline script', async () => {
    const { el, event, events } = await failWith((el) => el.append(inlineScript('{"options": [')));
    expectFailure(el, event, events, 'parse');
    expect(event.detail.message).to.match(/^The inline <script type="application\/json"> is not valid JSON \(.+\)\.$/);
  });

  it('goes from an error back to a card, with a load event', async () => {
    const gpu = await loadFixture('gpu-vs-tpu.json');
    const { el, events } = await failWith((el) => (el.src = '/__test__/status/404'));
    const next = nextLoad(el);
    el.data = gpu;
    await next;
    expectShows(el, gpu);
    expect(events.map((e) => e.type)).to.deep.equal(['error', 'load']);
    expect(events[1].titleAtDispatch).to.equal(gpu.title);
  });
});

// ---------------------------------------------------------------------------- events and attributes

describe('<nice-pick> load event', () => {
  let gpu: Comparison;
  before(async () => {
    gpu = await loadFixture('gpu-vs-tpu.json');
  });

  it('fires after the card is rendered, with the checked comparison, and does not bubble', async () => {
    // no title and no ids: the card fills them in
    const data = structuredClone(gpu);
    delete data.title;
    for (const option of data.options) delete option.id;
    const bubbled: Event[] = [];
    const onDocument = (e: Event) => bubbled.push(e);
    document.addEventListener('load', onDocument);
    try {
      const { el, event, events } = await mount((el) => (el.data = data));
      expect(event.type).to.equal('load');
      expect(event.bubbles).to.equal(false);
      expectShows(el, data);
      const detail = (event as CustomEvent<CheckedComparison>).detail;
      const names = gpu.options.map((o) => o.name);
      expect(detail.title).to.equal(names.join(' vs '));
      // the title was on screen inside the listener
      expect(events[0].titleAtDispatch).to.equal(detail.title);
      expect(detail.options.map((o) => o.id)).to.deep.equal(gpu.options.map((o) => o.id)); // "gpu-training", ...
      expect(detail.pick).to.equal(gpu.pick);
      expect(detail.verdict!.text).to.be.an('array').that.deep.equals([gpu.verdict!.text]);
      expect(detail.labels, "only the data's own labels").to.deep.equal({});
      expect(bubbled, 'a listener on document gets nothing').to.deep.equal([]);
    } finally {
      document.removeEventListener('load', onDocument);
    }
  });

  it('fires once per new data, not for the same data or other changes', async () => {
    const { el, events } = await mount((el) => (el.data = gpu));
    el.data = gpu; // the same object
    el.theme = 'dark';
    await el.updateComplete;
    await nextFrame();
    expect(events.map((e) => e.type)).to.deep.equal(['load']);
    const next = nextLoad(el);
    el.data = structuredClone(gpu);
    await next;
    await nextFrame();
    expect(events.map((e) => e.type)).to.deep.equal(['load', 'load']);
  });

  it('renders nothing and fires nothing without any input', async () => {
    const el = document.createElement('nice-pick');
    const events = record(el);
    (await container()).append(el);
    await el.updateComplete;
    await nextFrame();
    expect(events).to.deep.equal([]);
    expect(root(el).children.length).to.equal(0);
    expect(text(root(el))).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(warnings).to.deep.equal([]);
  });
});

describe('<nice-pick> theme', () => {
  it('reflects theme between property and attribute, "auto" by default', async () => {
    const gpu = await loadFixture('gpu-vs-tpu.json');
    const { el } = await mount((el) => (el.data = gpu));
    expect(el.theme).to.equal('auto');
    expect(el.getAttribute('theme')).to.equal('auto');
    const card = part(el, 'card') as HTMLElement;

    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    const dark = getComputedStyle(card).backgroundColor;

    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(el.theme).to.equal('light');
    const light = getComputedStyle(card).backgroundColor;
    expect(dark, 'dark and light cards look different').to.not.equal(light);
  });
});
