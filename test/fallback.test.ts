// Bloggers can put a short fallback inside the element (a paragraph, a link): readers whose
// browser never runs the script see it, and it disappears once the card renders, because the
// card's shadow root has no slot for it. No code of ours does this: the platform does, so this
// test pins the behaviour down.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';

const visible = (node: HTMLElement) => node.getClientRects().length > 0;

describe('light-DOM fallback content', () => {
  it('is shown while the tag is not a defined element, and hidden once the card renders', async () => {
    // An unregistered tag stands for "the script did not run".
    const host = await fixture<HTMLElement>(html`<div>
      <nice-pick-fallback-check>
        <p id="fallback">GPU Training wins: <a href="/gpu-vs-tpu.html">read the comparison</a>.</p>
      </nice-pick-fallback-check>
      <nice-pick src="/fixtures/gpu-vs-tpu.json">
        <p id="replaced">GPU Training wins: <a href="/gpu-vs-tpu.html">read the comparison</a>.</p>
      </nice-pick>
    </div>`);
    expect(visible(host.querySelector<HTMLElement>('#fallback')!), 'fallback visible without the script').to.equal(true);
    const card = host.querySelector('nice-pick')!;
    if (!card.shadowRoot?.querySelector('article')) await oneEvent(card, 'load');
    expect(visible(host.querySelector<HTMLElement>('#replaced')!), 'fallback hidden once the card renders').to.equal(false);
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('GPU Training vs TPU Training');
  });

  it('never shows the inline JSON, with or without the script', async () => {
    const json = JSON.stringify({ title: 'Inline', options: [{ name: 'A', pros: [], cons: [] }, { name: 'B', pros: [], cons: [] }] });
    const host = await fixture<HTMLElement>(html`<div>
      <nice-pick-fallback-check><script type="application/json">${json}</script></nice-pick-fallback-check>
      <nice-pick><script type="application/json">${json}</script></nice-pick>
    </div>`);
    const card = host.querySelector('nice-pick')!;
    if (!card.shadowRoot?.querySelector('article')) await oneEvent(card, 'load');
    // with the script, the card shows the comparison the JSON holds …
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Inline');
    // … and in neither case is the JSON itself on the page
    for (const script of host.querySelectorAll('script')) expect(visible(script), `${script.parentElement!.localName}'s script`).to.equal(false);
    expect(host.innerText.trim()).to.equal('');
  });
});
