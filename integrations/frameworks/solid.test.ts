// Solid alone (the shared checks are in frameworks.test.ts): every spelling of the handlers,
// prop:data, and a tag defined after rendering (solid-probe.tsx).
import { expect, waitUntil } from '@open-wc/testing';
import { createSignal, type Component } from 'solid-js';
import { createComponent, render } from 'solid-js/web';
import { NicePick } from '../../src/index.js';
import type { Comparison } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { part, quietly, text, usePage } from './helpers.js';
import { Late, PropData, Spellings } from './solid-probe.js';

describe('<nice-pick> in Solid, Solid alone', () => {
  const page = usePage();
  const show = <P extends Record<string, unknown>>(component: Component<P>, props: P) => {
    page.cleanup.push(render(() => createComponent(component, props), page.host));
  };

  it('wires onLoad, onload and on:load alike (and the same for error) to the card\'s events', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const calls: string[] = [];
    const [data, setData] = createSignal<unknown>(json);
    show(Spellings, { get data() { return data() as Comparison; }, call: (name: string) => calls.push(name) });
    await waitUntil(() => calls.length === 3, 'the three load handlers were called');
    await quietly(async () => {
      setData({ options: [] });
      await waitUntil(() => calls.length === 6, 'the three error handlers were called');
    });
    expect(calls.slice(0, 3).sort()).to.deep.equal(['on:load', 'onLoad', 'onload']);
    expect(calls.slice(3).sort()).to.deep.equal(['on:error', 'onError', 'onerror']);
    expect(page.errors.seen).to.deep.equal([]);
  });

  it('prop:data sets the property as data={…} does', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    show(PropData, { data: json });
    const card = page.host.querySelector('nice-pick')!;
    await waitUntil(() => text(part(card, 'title')) === json.title, 'the card renders');
    expect(card.data).to.equal(json);
    expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
    expect(page.errors.seen).to.deep.equal([]);
  });

  it('sets data as a property even on a tag defined after rendering, so the card still gets it', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    show(Late, { data: json });
    const card = page.host.querySelector('late-pick-solid') as NicePick;
    expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
    NicePick.define('late-pick-solid');
    await waitUntil(() => text(part(card, 'title')) === json.title, 'the card renders the data set before its definition');
    expect(card.data).to.equal(json);
    expect(page.errors.seen).to.deep.equal([]);
  });
});
