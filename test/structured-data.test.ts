// The `structured-data` attribute: the card adds its comparison as schema.org JSON-LD inside the
// element, opt-in, once per card, made from the same text the card shows. The block is compared
// with what the data itself says (names, pros and cons), not with the function the element calls;
// test/node/structured-data.test.ts checks the whole shape the same way.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { loadFixture } from './fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const blocks = (el: NicePick) => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];

async function card(data: Json, attribute: boolean, inner = ''): Promise<NicePick> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<nice-pick${attribute ? ' structured-data' : ''}>${inner}</nice-pick>`;
  const el = wrapper.firstElementChild as NicePick;
  el.data = data;
  await el.updateComplete;
  return el;
}

/** A block's products as name, pros and cons: what the data gives for each option with two or more statements. */
const products = (ld: Json) => {
  const listed = (notes: Json) => (notes?.itemListElement ?? []).map((item: Json) => item.name);
  return {
    context: ld['@context'],
    graph: ld['@graph'].map((p: Json) => ({ type: `${p['@type']}/${p.review['@type']}`, name: p.name, pros: listed(p.review.positiveNotes), cons: listed(p.review.negativeNotes) })),
  };
};
const expected = (data: Json) => ({
  context: 'https://schema.org',
  graph: data.options
    .filter((o: Json) => o.pros.length + o.cons.length >= 2)
    .map((o: Json) => ({ type: 'Product/Review', name: o.name, pros: o.pros, cons: o.cons })),
});

describe('structured-data attribute', () => {
  it('is off by default: no JSON-LD', async () => {
    const el = await card(await loadFixture('gpu-vs-tpu.json'), false);
    expect(el.structuredData).to.equal(false);
    expect(blocks(el).length).to.equal(0);
  });

  it('adds one JSON-LD block whose pros and cons are the visible ones, word for word', async () => {
    const json = await loadFixture('example-four-options.json');
    const el = await card(json, true);
    expect(el.structuredData).to.equal(true);
    const [block, ...more] = blocks(el);
    expect(more.length, 'one block').to.equal(0);
    const ld = JSON.parse(block.textContent!);
    expect(products(ld)).to.deep.equal(expected(json));
    // What the card shows, in each option's column, is what the block says.
    const columns = [...el.shadowRoot!.querySelectorAll('[part~=option]')];
    for (const product of ld['@graph']) {
      const column = columns.find((c) => c.querySelector('[part=option-name]')!.textContent!.trim() === product.name)!;
      const shown = (part: string) => [...column.querySelectorAll(`[part=${part}]`)].map((li) => li.lastChild!.textContent);
      const listed = (notes: Json) => (notes?.itemListElement ?? []).map((item: Json) => item.name);
      expect(listed(product.review.positiveNotes), `${product.name} pros`).to.deep.equal(shown('pro'));
      expect(listed(product.review.negativeNotes), `${product.name} cons`).to.deep.equal(shown('con'));
    }
  });

  it('follows new data, and goes when the attribute does or the card shows an error', async () => {
    const el = await card(await loadFixture('gpu-vs-tpu.json'), true);
    const other = await loadFixture('technical-debt-vs-clean-code.json');
    el.data = other;
    await el.updateComplete;
    expect(blocks(el).map((b) => products(JSON.parse(b.textContent!)))).to.deep.equal([expected(other)]);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(blocks(el).length, 'attribute removed').to.equal(0);
    el.setAttribute('structured-data', '');
    await el.updateComplete;
    expect(blocks(el).length, 'attribute back').to.equal(1);
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.data = { options: [] };
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(blocks(el).length, 'no JSON-LD for an error').to.equal(0);
  });

  it('reuses a block already there (from the server): never two', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const el = await card(json, true, '<script type="application/ld+json">{"stale": true}</script>');
    expect(blocks(el).map((b) => products(JSON.parse(b.textContent!)))).to.deep.equal([expected(json)]);
  });
});
