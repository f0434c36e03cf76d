// <nice-pick> in a real Vue 3 app (integrations/frameworks/vue-app.ts, a template): Vue sets `:data` as
// the property, `@load` / `@error` listen to the card's events, new data re-renders the card,
// invalid data shows the error, and unmounting leaves no errors or Vue warnings behind.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, nextTick } from 'vue';
import { NicePick } from '../../src/index.js';
import type { CheckedComparison, NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { expectCardFromFramework, names, part, text, watchErrors, expectInvalid } from './helpers.js';
import { createCardApp } from './vue-app.js';

describe('<nice-pick> in Vue 3', () => {
  let host: HTMLElement;
  let errors: ReturnType<typeof watchErrors>;

  beforeEach(() => {
    errors = watchErrors('[Vue warn]');
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    errors.stop();
    host.remove();
  });

  it('renders the card from :data, in the dark theme, and @load gets the checked comparison', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const loads: CheckedComparison[] = [];
    const { app } = createCardApp(json, { shown: (c) => loads.push(c) });
    app.mount(host);
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, '@load was called');

    expectCardFromFramework(card, json, loads[0]);
    await waitUntil(() => text(host.querySelector('[role=status]')) === `shown: ${json.title}`);

    app.unmount();
    expect(host.querySelector('nice-pick'), 'unmounted').to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('re-renders with new data and fires @load again; invalid data fires @error', async () => {
    const first = await loadFixture('gpu-vs-tpu.json');
    const second = await loadFixture('solo-work-vs-pair-programming.json');
    const loads: CheckedComparison[] = [];
    const failures: NicePickErrorDetail[] = [];
    const { app, comparison } = createCardApp(first, {
      shown: (c) => loads.push(c),
      failed: (e) => failures.push(e),
    });
    app.mount(host);
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'first load');

    comparison.value = second;
    await nextTick();
    expect(host.querySelector('nice-pick'), 'the same element, updated').to.equal(card);
    expect(card.data).to.equal(second);
    await waitUntil(() => loads.length === 2, 'second load');
    expect(loads[1].title).to.equal(second.title ?? second.options.map((o: { name: string }) => o.name).join(' vs '));
    expect(text(part(card, 'title'))).to.equal(loads[1].title);
    expect(names(card)).to.deep.equal(second.options.map((o: { name: string }) => o.name));

    comparison.value = { options: [{ name: 'Only one', pros: [], cons: [] }] };
    await waitUntil(() => failures.length === 1, '@error was called');
    expectInvalid(failures[0]);
    expect(text(card.shadowRoot!.querySelector('[role=alert]'))).to.contain(failures[0].message);
    await waitUntil(() => text(host.querySelector('[role=status]')) === 'failed: invalid');
    expect(loads.length, 'no load for invalid data').to.equal(2);

    app.unmount();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('works from a render function too: h() sets data as a property and onLoad listens to load', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const loads: CheckedComparison[] = [];
    const app = createApp({
      render: () => h('nice-pick', { data: json, theme: 'light', onLoad: (e: CustomEvent) => loads.push(e.detail) }),
    });
    app.mount(host);
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'onLoad was called');
    expect(card.data).to.equal(json);
    expect(card.getAttribute('theme')).to.equal('light');
    expect(text(part(card, 'title'))).to.equal(loads[0].title);
    app.unmount();
    expect(errors.seen).to.deep.equal([]);
  });

  it('with the tag defined only after mounting, :data.prop still hands over the object', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const app = createApp({
      setup: () => ({ json }),
      template: '<late-pick-vue :data.prop="json"></late-pick-vue><late-pick-vue :data="json"></late-pick-vue>',
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'late-pick-vue';
    app.mount(host);
    const [withProp, plain] = [...host.querySelectorAll('late-pick-vue')] as NicePick[];
    NicePick.define('late-pick-vue');
    await waitUntil(() => text(part(withProp, 'title')) === json.title, ':data.prop renders the card');
    // without .prop, Vue saw no `data` property on the undefined element and set an attribute
    expect(plain.getAttribute('data')).to.equal('[object Object]');
    expect(plain.shadowRoot!.querySelector('[part~="card"]'), 'plain :data renders nothing').to.equal(null);
    app.unmount();
    expect(errors.seen).to.deep.equal([]);
  });
});
