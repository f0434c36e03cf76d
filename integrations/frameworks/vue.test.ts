// Vue 3 alone (the shared checks are in frameworks.test.ts): a render function instead of a
// template, and a tag defined after mounting (`:data.prop`, isCustomElement).
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, type App } from 'vue';
import { NicePick } from '../../src/index.js';
import type { CheckedComparison } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { part, text, usePage } from './helpers.js';

describe('<nice-pick> in Vue 3, Vue alone', () => {
  const page = usePage('[Vue warn]');
  const mount = (app: App) => {
    app.mount(page.host);
    page.cleanup.push(() => app.unmount());
  };

  it('works from a render function too: h() sets data as a property and onLoad listens to load', async () => {
    const json = await loadFixture('technical-debt-vs-clean-code.json');
    const loads: CheckedComparison[] = [];
    mount(createApp({ render: () => h('nice-pick', { data: json, theme: 'light', onLoad: (e: CustomEvent) => loads.push(e.detail) }) }));
    const card = page.host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'onLoad was called');
    expect(card.data).to.equal(json);
    expect(card.getAttribute('theme')).to.equal('light');
    expect(text(part(card, 'title'))).to.equal(loads[0].title);
    expect(page.errors.seen).to.deep.equal([]);
  });

  it('with the tag defined only after mounting, :data.prop still hands over the object', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const app = createApp({
      setup: () => ({ json }),
      template: '<late-pick-vue :data.prop="json"></late-pick-vue><late-pick-vue :data="json"></late-pick-vue>',
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'late-pick-vue';
    mount(app);
    const [withProp, plain] = [...page.host.querySelectorAll('late-pick-vue')] as NicePick[];
    NicePick.define('late-pick-vue');
    await waitUntil(() => text(part(withProp, 'title')) === json.title, ':data.prop renders the card');
    // without .prop, Vue saw no `data` property on the undefined element and set an attribute
    expect(plain.getAttribute('data')).to.equal('[object Object]');
    expect(plain.shadowRoot!.querySelector('[part~="card"]'), 'plain :data renders nothing').to.equal(null);
    expect(page.errors.seen).to.deep.equal([]);
  });
});
