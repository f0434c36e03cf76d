// React 19 alone (the shared checks are in frameworks.test.ts): which spelling of the handlers
// React wires on a custom element, and why the tag must be defined before the first render.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { NicePick } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { quietly, settled, usePage } from './helpers.js';

describe('<nice-pick> in React 19, React alone', () => {
  const page = usePage();
  const mount = () => {
    const root = createRoot(page.host);
    page.cleanup.push(() => root.unmount());
    return (element: ReactElement) => flushSync(() => root.render(element));
  };

  it('wires lowercase onload/onerror, not React\'s camel-case onLoad/onError, on the custom element', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const render = mount();
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
    // every listener of an event runs in its dispatch, and the card has no event left to send
    await settled(page.host.querySelector('nice-pick')!);
    expect(calls).to.deep.equal(['onload', 'onerror']);
    expect(page.errors.seen).to.deep.equal([]);
  });

  it('needs the tag defined before the first render: otherwise data becomes an attribute', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    mount()(createElement('late-pick-react', { data: json } as never));
    const card = page.host.querySelector('late-pick-react') as NicePick;
    NicePick.define('late-pick-react');
    await card.updateComplete;
    expect(card.getAttribute('data')).to.equal('[object Object]');
    expect(card.data, 'no data property').to.equal(undefined);
    expect(card.shadowRoot!.querySelector('[part~="card"]'), 'renders nothing').to.equal(null);
    expect(page.errors.seen).to.deep.equal([]);
  });
});
