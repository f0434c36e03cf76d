// Preact alone (the shared checks are in frameworks.test.ts): both spellings of the handlers,
// data={null}, and why the tag must be defined before the first render.
import { expect, waitUntil } from '@open-wc/testing';
import { h, render, type ComponentChild } from 'preact';
import { NicePick } from '../../src/index.js';
import type { NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { quietly, usePage } from './helpers.js';

describe('<nice-pick> in Preact, Preact alone', () => {
  const page = usePage();
  const show = (vnode: ComponentChild) => {
    render(vnode, page.host);
    page.cleanup.push(() => render(null, page.host));
  };

  it('wires onLoad and onload alike (and onError, onerror) to the card\'s events', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const calls: string[] = [];
    const probe = (data: unknown) =>
      h('nice-pick', {
        data,
        onLoad: () => calls.push('onLoad'),
        onload: () => calls.push('onload'),
        onError: () => calls.push('onError'),
        onerror: () => calls.push('onerror'),
      } as never);

    show(probe(json));
    await waitUntil(() => calls.length === 2, 'both load handlers were called');
    await quietly(async () => {
      show(probe({ options: [] }));
      await waitUntil(() => calls.length === 4, 'both error handlers were called');
    });
    expect([...calls.slice(0, 2)].sort()).to.deep.equal(['onLoad', 'onload']);
    expect([...calls.slice(2)].sort()).to.deep.equal(['onError', 'onerror']);
    expect(page.errors.seen).to.deep.equal([]);
  });

  it('writes \'\' for data={null}, which the card reports as invalid (so the typings reject null)', async () => {
    const failures: NicePickErrorDetail[] = [];
    await quietly(async () => {
      show(h('nice-pick', { data: null, onError: (e: CustomEvent<NicePickErrorDetail>) => failures.push(e.detail) } as never));
      await waitUntil(() => failures.length === 1, 'onError was called');
    });
    const card = page.host.querySelector('nice-pick')!;
    expect(card.data).to.equal('');
    expect(failures[0].kind).to.equal('invalid');
    expect(page.errors.seen).to.deep.equal([]);
  });

  it('needs the tag defined before the first render: otherwise data becomes an attribute', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    show(h('late-pick-preact', { data: json } as never));
    const card = page.host.querySelector('late-pick-preact') as NicePick;
    NicePick.define('late-pick-preact');
    await card.updateComplete;
    expect(card.getAttribute('data')).to.equal('[object Object]');
    expect(card.data, 'no data property').to.equal(undefined);
    expect(card.shadowRoot!.querySelector('[part~="card"]') === null, 'renders nothing').to.equal(true);
    expect(page.errors.seen).to.deep.equal([]);
  });
});
