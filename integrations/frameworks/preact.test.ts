// <nice-pick> in a real Preact app (integrations/frameworks/preact-app.tsx, JSX): Preact sets `data` and
// `theme` as properties, `onLoad` / `onError` (and lower-case `onload` / `onerror`) become
// listeners for the card's events, new data re-renders the card, invalid data shows the error,
// and unmounting leaves no errors behind.
import { expect, waitUntil } from '@open-wc/testing';
import { h, render, type ComponentChild } from 'preact';
import { NicePick } from '../../src/index.js';
import type { CheckedComparison, NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { expectCardFromFramework, names, part, text, watchErrors, quietly, expectInvalid } from './helpers.js';
import { ComparisonCard } from './preact-app.js';

describe('<nice-pick> in Preact', () => {
  let host: HTMLElement;
  let errors: ReturnType<typeof watchErrors>;
  const show = (vnode: ComponentChild) => render(vnode, host);

  beforeEach(() => {
    errors = watchErrors();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    show(null); // a no-op when the test unmounted already
    errors.stop();
    host.remove();
  });

  it('renders the card from the data prop, in the dark theme, and onLoad gets the checked comparison', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const loads: CheckedComparison[] = [];
    show(h(ComparisonCard, { comparison: json, onShown: (c) => loads.push(c) }));
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'onLoad was called');

    expectCardFromFramework(card, json, loads[0]);
    // the app's own state, set from the event handler, re-rendered by Preact
    await waitUntil(() => text(host.querySelector('[role=status]')) === `shown: ${json.title}`);

    show(null);
    expect(host.querySelector('nice-pick') === null, 'unmounted').to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('re-renders with new data and calls onLoad again; invalid data calls onError', async () => {
    const first = await loadFixture('gpu-vs-tpu.json');
    const second = await loadFixture('solo-work-vs-pair-programming.json');
    const loads: CheckedComparison[] = [];
    const failures: NicePickErrorDetail[] = [];
    const app = (comparison: unknown) =>
      h(ComparisonCard, { comparison: comparison as never, onShown: (c) => loads.push(c), onFailed: (e) => failures.push(e) });

    show(app(first));
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'first load');

    show(app(second));
    expect(host.querySelector('nice-pick') === card, 'the same element, updated').to.equal(true);
    expect(card.data).to.equal(second);
    await waitUntil(() => loads.length === 2, 'second load');
    expect(loads[1].title).to.equal(second.title ?? second.options.map((o: { name: string }) => o.name).join(' vs '));
    expect(text(part(card, 'title'))).to.equal(loads[1].title);
    expect(names(card)).to.deep.equal(second.options.map((o: { name: string }) => o.name));

    await quietly(async () => {
      show(app({ options: [{ name: 'Only one', pros: [], cons: [] }] }));
      await waitUntil(() => failures.length === 1, 'onError was called');
    });
    expectInvalid(failures[0]);
    expect(text(card.shadowRoot!.querySelector('[role=alert]'))).to.contain(failures[0].message);
    await waitUntil(() => text(host.querySelector('[role=status]')) === 'failed: invalid');
    expect(loads.length, 'no load for invalid data').to.equal(2);

    show(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

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
    show(null);
    expect(errors.seen).to.deep.equal([]);
  });

  it('writes \'\' for data={null}, which the card reports as invalid (so the typings reject null)', async () => {
    const failures: NicePickErrorDetail[] = [];
    await quietly(async () => {
      show(h('nice-pick', { data: null, onError: (e: CustomEvent<NicePickErrorDetail>) => failures.push(e.detail) } as never));
      await waitUntil(() => failures.length === 1, 'onError was called');
    });
    const card = host.querySelector('nice-pick')!;
    expect(card.data).to.equal('');
    expect(failures[0].kind).to.equal('invalid');
    show(null);
    expect(errors.seen).to.deep.equal([]);
  });

  it('needs the tag defined before the first render: otherwise data becomes an attribute', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    show(h('late-pick-preact', { data: json } as never));
    const card = host.querySelector('late-pick-preact') as NicePick;
    NicePick.define('late-pick-preact');
    await card.updateComplete;
    expect(card.getAttribute('data')).to.equal('[object Object]');
    expect(card.data, 'no data property').to.equal(undefined);
    expect(card.shadowRoot!.querySelector('[part~="card"]') === null, 'renders nothing').to.equal(true);
    show(null);
    expect(errors.seen).to.deep.equal([]);
  });
});
