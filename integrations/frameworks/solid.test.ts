// <nice-pick> in a real Solid app (integrations/frameworks/solid-app.tsx, JSX compiled by
// babel-preset-solid in integrations/plugins/): Solid sets `data` as a property, `onLoad` /
// `onError` (and `onload`, `on:load`…) listen to the card's events, new data re-renders the card,
// invalid data shows the error, and disposing the root leaves no errors behind.
import { expect, waitUntil } from '@open-wc/testing';
import { createSignal } from 'solid-js';
import { createComponent, render } from 'solid-js/web';
import { NicePick } from '../../src/index.js';
import type { CheckedComparison, Comparison, NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { expectCardFromFramework, names, part, text, watchErrors, quietly, expectInvalid } from './helpers.js';
import { ComparisonCard } from './solid-app.js';
import { Late, PropData, Spellings } from './solid-probe.js';

describe('<nice-pick> in Solid', () => {
  let host: HTMLElement;
  let errors: ReturnType<typeof watchErrors>;
  let dispose: (() => void) | undefined;

  /** Renders the app with `comparison` from a signal: `set(next)` re-renders, as a parent would. */
  const mountApp = (initial: unknown, on: { shown?: (c: CheckedComparison) => void; failed?: (e: NicePickErrorDetail) => void } = {}) => {
    const [comparison, setComparison] = createSignal(initial);
    dispose = render(
      () =>
        createComponent(ComparisonCard, {
          get comparison() {
            return comparison() as Comparison;
          },
          onShown: on.shown,
          onFailed: on.failed,
        }),
      host,
    );
    return { set: (next: unknown) => setComparison(() => next) };
  };
  const unmountApp = () => {
    const mounted = dispose;
    dispose = undefined;
    mounted?.();
  };

  beforeEach(() => {
    errors = watchErrors();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    unmountApp(); // nothing to do when the test unmounted already
    errors.stop();
    host.remove();
  });

  it('renders the card from data={…}, in the dark theme, and onLoad gets the checked comparison', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const loads: CheckedComparison[] = [];
    mountApp(json, { shown: (c) => loads.push(c) });
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'onLoad was called');

    expectCardFromFramework(card, json, loads[0]);
    // the component's own signal, set from the event handler, re-rendered by Solid
    await waitUntil(() => text(host.querySelector('[role=status]')) === `shown: ${json.title}`);

    unmountApp();
    expect(host.childNodes.length, 'nothing left in the host').to.equal(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('re-renders with new data and calls onLoad again; invalid data calls onError', async () => {
    const first = await loadFixture('gpu-vs-tpu.json');
    const second = await loadFixture('solo-work-vs-pair-programming.json');
    const loads: CheckedComparison[] = [];
    const failures: NicePickErrorDetail[] = [];
    const comparison = mountApp(first, { shown: (c) => loads.push(c), failed: (e) => failures.push(e) });
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'first load');

    comparison.set(second);
    expect(host.querySelector('nice-pick') === card, 'the same element, updated').to.equal(true);
    expect(card.data).to.equal(second);
    await waitUntil(() => loads.length === 2, 'second load');
    expect(loads[1].title).to.equal(second.title ?? second.options.map((o: { name: string }) => o.name).join(' vs '));
    expect(text(part(card, 'title'))).to.equal(loads[1].title);
    expect(names(card)).to.deep.equal(second.options.map((o: { name: string }) => o.name));

    await quietly(async () => {
      comparison.set({ options: [{ name: 'Only one', pros: [], cons: [] }] });
      await waitUntil(() => failures.length === 1, 'onError was called');
    });
    expectInvalid(failures[0]);
    expect(text(card.shadowRoot!.querySelector('[role=alert]'))).to.contain(failures[0].message);
    await waitUntil(() => text(host.querySelector('[role=status]')) === 'failed: invalid');
    expect(loads.length, 'no load for invalid data').to.equal(2);

    unmountApp();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('wires onLoad, onload and on:load alike (and the same for error) to the card\'s events', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const calls: string[] = [];
    const [data, setData] = createSignal<unknown>(json);
    dispose = render(() => createComponent(Spellings, { get data() { return data() as Comparison; }, call: (name) => calls.push(name) }), host);
    await waitUntil(() => calls.length === 3, 'the three load handlers were called');
    await quietly(async () => {
      setData({ options: [] });
      await waitUntil(() => calls.length === 6, 'the three error handlers were called');
    });
    expect(calls.slice(0, 3).sort()).to.deep.equal(['on:load', 'onLoad', 'onload']);
    expect(calls.slice(3).sort()).to.deep.equal(['on:error', 'onError', 'onerror']);
    unmountApp();
    expect(errors.seen).to.deep.equal([]);
  });

  it('prop:data sets the property as data={…} does', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    dispose = render(() => createComponent(PropData, { data: json }), host);
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => text(part(card, 'title')) === json.title, 'the card renders');
    expect(card.data).to.equal(json);
    expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
    unmountApp();
    expect(errors.seen).to.deep.equal([]);
  });

  it('sets data as a property even on a tag defined after rendering, so the card still gets it', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    dispose = render(() => createComponent(Late, { data: json }), host);
    const card = host.querySelector('late-pick-solid') as NicePick;
    expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
    NicePick.define('late-pick-solid');
    await waitUntil(() => text(part(card, 'title')) === json.title, 'the card renders the data set before its definition');
    expect(card.data).to.equal(json);
    unmountApp();
    expect(errors.seen).to.deep.equal([]);
  });
});
