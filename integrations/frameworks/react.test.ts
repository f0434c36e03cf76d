// <nice-pick> in a real React 19 app (integrations/frameworks/react-app.tsx, JSX): React sets `data` and
// `theme` as properties, `onload` / `onerror` become listeners for the card's events, new data
// re-renders the card, invalid data shows the error, and unmounting leaves no errors behind.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { NicePick } from '../../src/index.js';
import type { CheckedComparison, NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { expectCardFromFramework, names, part, text, watchErrors, quietly, expectInvalid } from './helpers.js';
import { ComparisonCard } from './react-app.js';

describe('<nice-pick> in React 19', () => {
  let host: HTMLElement;
  let root: Root;
  let errors: ReturnType<typeof watchErrors>;
  const render = (element: ReactElement) => flushSync(() => root.render(element));

  beforeEach(() => {
    errors = watchErrors();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount(); // a no-op when the test unmounted already
    errors.stop();
    host.remove();
  });

  it('renders the card from the data prop, in the dark theme, and calls onload with the checked comparison', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const loads: CheckedComparison[] = [];
    render(createElement(ComparisonCard, { comparison: json, onShown: (c) => loads.push(c) }));
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'onload was called');

    expectCardFromFramework(card, json, loads[0]);
    // the app's own state, set from the event handler, re-rendered by React
    await waitUntil(() => text(host.querySelector('[role=status]')) === `shown: ${json.title}`);

    root.unmount();
    expect(host.querySelector('nice-pick'), 'unmounted').to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('re-renders with new data and calls onload again; invalid data calls onerror', async () => {
    const first = await loadFixture('gpu-vs-tpu.json');
    const second = await loadFixture('solo-work-vs-pair-programming.json');
    const loads: CheckedComparison[] = [];
    const failures: NicePickErrorDetail[] = [];
    const app = (comparison: unknown) =>
      createElement(ComparisonCard, {
        comparison: comparison as never,
        onShown: (c) => loads.push(c),
        onFailed: (e) => failures.push(e),
      });

    render(app(first));
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'first load');

    render(app(second));
    expect(host.querySelector('nice-pick'), 'the same element, updated').to.equal(card);
    await waitUntil(() => loads.length === 2, 'second load');
    expect(loads[1].title).to.equal(second.title ?? second.options.map((o: { name: string }) => o.name).join(' vs '));
    expect(text(part(card, 'title'))).to.equal(loads[1].title);
    expect(names(card)).to.deep.equal(second.options.map((o: { name: string }) => o.name));

    await quietly(async () => {
      render(app({ options: [{ name: 'Only one', pros: [], cons: [] }] }));
      await waitUntil(() => failures.length === 1, 'onerror was called');
    });
    expectInvalid(failures[0]);
    const alert = card.shadowRoot!.querySelector('[role=alert]');
    expect(text(alert)).to.contain(failures[0].message);
    await waitUntil(() => text(host.querySelector('[role=status]')) === 'failed: invalid');
    expect(loads.length, 'no load for invalid data').to.equal(2);

    root.unmount();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('wires lowercase onload/onerror, not React\'s camel-case onLoad/onError, on the custom element', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const calls: string[] = [];
    const probe = (data: unknown) =>
      createElement('nice-pick', {
        data,
        onload: () => calls.push('onload'),
        onLoad: () => calls.push('onLoad'),
        onerror: () => calls.push('onerror'),
        onError: () => calls.push('onError'),
      } as never);

    render(probe(json));
    await waitUntil(() => calls.includes('onload'), 'onload was called');
    await quietly(async () => {
      render(probe({ options: [] }));
      await waitUntil(() => calls.includes('onerror'), 'onerror was called');
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).to.deep.equal(['onload', 'onerror']);
    root.unmount();
    expect(errors.seen).to.deep.equal([]);
  });

  it('needs the tag defined before the first render: otherwise data becomes an attribute', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    render(createElement('late-pick-react', { data: json } as never));
    const card = host.querySelector('late-pick-react') as NicePick;
    NicePick.define('late-pick-react');
    await card.updateComplete;
    expect(card.getAttribute('data')).to.equal('[object Object]');
    expect(card.data, 'no data property').to.equal(undefined);
    expect(card.shadowRoot!.querySelector('[part~="card"]'), 'renders nothing').to.equal(null);
    root.unmount();
    expect(errors.seen).to.deep.equal([]);
  });
});
