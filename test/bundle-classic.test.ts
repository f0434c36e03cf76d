// dist/nice-pick.iife.js is for pages that only take classic scripts (site builders, tag
// managers that strip type="module"): the same card from a plain <script src>.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

const addClassicScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });

describe('dist/nice-pick.iife.js, the classic-script bundle', () => {
  it('registers <nice-pick> from a classic script, and a second copy does no harm', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    await addClassicScript('/dist/nice-pick.iife.js');
    const defined = customElements.get('nice-pick');
    expect(defined).to.be.a('function');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await addClassicScript('/dist/nice-pick.iife.js?copy=2');
    } finally {
      console.warn = warn;
    }
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings, 'the same version twice is no news').to.deep.equal([]);
    expect(customElements.get('nice-pick')).to.equal(defined);
  });

  it('renders the seed comparison and fires load', async () => {
    const seed = await (await fetch('/fixtures/gpu-vs-tpu.json')).json();
    const el = await fixture(html`<nice-pick src="/fixtures/gpu-vs-tpu.json"></nice-pick>`);
    const event = (await oneEvent(el, 'load')) as CustomEvent;
    expect(event.detail.title).to.equal(seed.title);
    expect(el.shadowRoot!.querySelectorAll('[part~=option]')).to.have.length(seed.options.length);
    expect(el.shadowRoot!.querySelector('[part=winner]')!.textContent!.trim()).to.equal(seed.verdict.bottomLine);
  });
});
