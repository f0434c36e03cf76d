// The script-tag bundle is what bloggers load: minified, Lit inside, private names mangled.
// Run it as shipped (npm test builds it first), not the TypeScript sources.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { held, release, requestId, watched } from './support/helpers.js';

const bundle = '/dist/nice-pick.js';

describe('dist/nice-pick.js, the script-tag bundle', () => {
  before(async () => {
    await import(/* @vite-ignore */ bundle);
  });

  it('registers <nice-pick>, and loading it a second time does no harm and logs nothing', async () => {
    const first = customElements.get('nice-pick');
    expect(first).to.be.a('function');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(/* @vite-ignore */ `${bundle}?copy=2`);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('nice-pick')).to.equal(first);
    expect(warnings, 'the same version twice is no news').to.deep.equal([]);
  });

  it('renders the seed comparison from src, and fires load', async () => {
    const seed = await (await fetch('/fixtures/gpu-vs-tpu.json')).json();
    const el = await fixture(html`<nice-pick src="/fixtures/gpu-vs-tpu.json"></nice-pick>`);
    const event = (await oneEvent(el, 'load')) as CustomEvent;
    expect(event.detail.title).to.equal(seed.title);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=title]')!.textContent).to.equal(seed.title);
    expect(root.querySelectorAll('[part~=option]')).to.have.length(2);
    expect(root.querySelector('[part~=option-pick] [part=badge]')!.textContent!.trim()).to.equal('Nice Pick');
    expect(root.querySelector('[part=winner]')!.textContent!.trim()).to.equal(seed.verdict.bottomLine);
  });

  it('shows a problem list and fires error for invalid data', async () => {
    const el = await fixture(html`<nice-pick></nice-pick>`);
    const failed = oneEvent(el, 'error');
    (el as HTMLElement & { data: unknown }).data = { options: [{ name: 'Only one', pros: [], cons: [] }] };
    const event = (await failed) as unknown as ErrorEvent & { detail: { kind: string; problems: string[] } };
    expect(event.detail.kind).to.equal('invalid');
    expect(event.detail.problems).to.deep.equal(['options: expected 2 to 4 options, got 1']);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('options: expected 2 to 4 options, got 1');
  });

  it('aborts a replaced src (the server sees the request closed) and shows only the newer one', async () => {
    const first = requestId('bundle-replaced');
    try {
      const el = await fixture<HTMLElement & { src: string }>(html`<nice-pick src=${held(first)}></nice-pick>`);
      expect((await watched(first, 'open')).state, 'the first request reached the server').to.equal('open');
      const events: string[] = [];
      for (const type of ['load', 'error']) el.addEventListener(type, () => events.push(type));
      const loaded = oneEvent(el, 'load');
      el.src = '/fixtures/technical-debt-vs-clean-code.json';
      await loaded;
      expect((await watched(first, 'ended')).state, 'the replaced request').to.equal('closed');
      // released now, it could not answer any more: the card shows the newer one, with one event
      await release(first);
      expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Technical Debt vs Clean Code');
      expect(events).to.deep.equal(['load']);
    } finally {
      await release(first);
    }
  });
});
