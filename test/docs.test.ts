// What the element really renders and reads must be what custom-elements.json (and so the
// README) documents: every part, every custom property with its default, every attribute.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { NicePick } from '../src/index.js';
import { FIXTURES } from './fixtures.js';

interface Declaration {
  tagName?: string;
  attributes: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string; default?: string }[];
}

const manifest = async (): Promise<Declaration> => {
  const json = await (await fetch('/custom-elements.json')).json();
  for (const module of json.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === 'nice-pick') return declaration;
  }
  throw new Error('no <nice-pick> in custom-elements.json');
};

const partsIn = (el: NicePick) =>
  [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => [...node.part]);

describe('the manifest documents what the element does', () => {
  it('every part rendered in any state is documented, and every documented part is rendered', async () => {
    const documented = (await manifest()).cssParts.map((part) => part.name).sort();
    const rendered = new Set<string>();
    for (const name of FIXTURES) {
      const el = await fixture<NicePick>(html`<nice-pick src="/fixtures/${name}"></nice-pick>`);
      if (!el.shadowRoot!.querySelector('article')) await oneEvent(el, 'load');
      partsIn(el).forEach((part) => rendered.add(part));
    }
    const slow = await fixture<NicePick>(html`<nice-pick src="/__test__/json?file=gpu-vs-tpu.json&delay=1000"></nice-pick>`);
    await slow.updateComplete;
    partsIn(slow).forEach((part) => rendered.add(part));
    const broken = await fixture<NicePick>(html`<nice-pick .data=${{ options: [] }}></nice-pick>`);
    partsIn(broken).forEach((part) => rendered.add(part));
    const failing = await fixture<NicePick>(html`<nice-pick src="/__test__/status/503"></nice-pick>`); // with "Try again"
    if (!failing.shadowRoot!.querySelector('[role=alert]')) await oneEvent(failing, 'error');
    await failing.updateComplete;
    partsIn(failing).forEach((part) => rendered.add(part));
    expect([...rendered].sort()).to.deep.equal(documented);
  });

  it('every --nice-pick-* custom property the styles read is documented, with its default', async () => {
    const documented = (await manifest()).cssProperties;
    const cssText = NicePick.styles;
    const used = [...new Set(cssText.match(/--nice-pick-[\w-]+/g))].sort();
    expect(used).to.deep.equal(documented.map((property) => property.name).sort());
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    for (const { name, default: fallback } of documented) {
      expect(squeeze(cssText), name).to.include(squeeze(`var(${name}, ${fallback})`));
    }
  });

  it('the attributes the element observes are the documented ones', async () => {
    const documented = (await manifest()).attributes.map((attribute) => attribute.name).sort();
    expect([...(NicePick as unknown as { observedAttributes: string[] }).observedAttributes].sort()).to.deep.equal(documented);
  });
});
