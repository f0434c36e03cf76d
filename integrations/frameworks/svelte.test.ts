// <nice-pick> in a real Svelte 5 app (integrations/frameworks/svelte-app.svelte, compiled by
// svelte/compiler in integrations/plugins/): Svelte sets `data` and `theme` as properties,
// `onload` / `onerror` listen to the card's events, new data re-renders the card, invalid data
// shows the error, and unmounting leaves no errors or Svelte warnings behind.
import { expect, waitUntil } from '@open-wc/testing';
import { flushSync, mount, unmount } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { CheckedComparison, Comparison, NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { expectCardFromFramework, names, part, text, watchErrors, expectInvalid } from './helpers.js';
import SvelteApp from './svelte-app.svelte';

describe('<nice-pick> in Svelte 5', () => {
  let host: HTMLElement;
  let errors: ReturnType<typeof watchErrors>;
  let app: ReturnType<typeof mount> | undefined;

  /**
   * Mounts the app with `comparison` as a reactive prop (what a parent component's `$state` would
   * give it): props.set(next) re-renders, as a parent assigning new data would.
   */
  const mountApp = (initial: unknown, on: { shown?: (c: CheckedComparison) => void; failed?: (e: NicePickErrorDetail) => void } = {}) => {
    const props = new SvelteMap<'comparison', unknown>([['comparison', initial]]);
    app = mount(SvelteApp, {
      target: host,
      props: {
        get comparison() {
          return props.get('comparison') as Comparison;
        },
        onshown: on.shown,
        onfailed: on.failed,
      },
    });
    return { set: (next: unknown) => props.set('comparison', next) };
  };
  const unmountApp = async () => {
    const mounted = app;
    app = undefined;
    if (mounted) await unmount(mounted);
  };

  beforeEach(() => {
    errors = watchErrors('[svelte]');
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(async () => {
    await unmountApp(); // nothing to do when the test unmounted already
    errors.stop();
    host.remove();
  });

  it('renders the card from data={…}, in the dark theme, and onload gets the checked comparison', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const loads: CheckedComparison[] = [];
    mountApp(json, { shown: (c) => loads.push(c) });
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'onload was called');

    expectCardFromFramework(card, json, loads[0]);
    // the component's own $state, set from the event handler, re-rendered by Svelte
    await waitUntil(() => text(host.querySelector('[role=status]')) === `shown: ${json.title}`);

    await unmountApp();
    expect(host.querySelector('nice-pick'), 'unmounted').to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('re-renders with new data and calls onload again; invalid data calls onerror', async () => {
    const first = await loadFixture('gpu-vs-tpu.json');
    const second = await loadFixture('solo-work-vs-pair-programming.json');
    const loads: CheckedComparison[] = [];
    const failures: NicePickErrorDetail[] = [];
    const comparison = mountApp(first, { shown: (c) => loads.push(c), failed: (e) => failures.push(e) });
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'first load');

    comparison.set(second);
    flushSync();
    expect(host.querySelector('nice-pick'), 'the same element, updated').to.equal(card);
    expect(card.data).to.equal(second);
    await waitUntil(() => loads.length === 2, 'second load');
    expect(loads[1].title).to.equal(second.title ?? second.options.map((o: { name: string }) => o.name).join(' vs '));
    expect(text(part(card, 'title'))).to.equal(loads[1].title);
    expect(names(card)).to.deep.equal(second.options.map((o: { name: string }) => o.name));

    // the card's console.warn about invalid data is dropped by watchErrors (only [svelte] counts)
    comparison.set({ options: [{ name: 'Only one', pros: [], cons: [] }] });
    await waitUntil(() => failures.length === 1, 'onerror was called');
    expectInvalid(failures[0]);
    const alert = card.shadowRoot!.querySelector('[role=alert]');
    expect(text(alert)).to.contain(failures[0].message);
    const shown = [...alert!.querySelectorAll('li code')].map(text);
    expect(shown, 'each problem shown').to.deep.equal(failures[0].problems);
    await waitUntil(() => text(host.querySelector('[role=status]')) === 'failed: invalid');
    expect(loads.length, 'no load for invalid data').to.equal(2);

    await unmountApp();
    expect(host.childNodes.length, 'nothing left in the target').to.equal(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });
});
