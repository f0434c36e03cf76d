// Angular alone (the shared checks are in frameworks.test.ts): destroying the app removes its
// listeners, and a tag defined after rendering (angular-late.ts) still gets [data].
import { expect, waitUntil } from '@open-wc/testing';
import { createComponent, provideZonelessChangeDetection, type Type } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { NicePick } from '../../src/index.js';
import type { CheckedComparison } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { ComparisonComponent } from './angular-app.js';
import { LateComponent } from './angular-late.js';
import { part, settled, text, usePage } from './helpers.js';

describe('<nice-pick> in Angular, Angular alone', () => {
  const page = usePage('NG0', 'app-comparison');

  /** `component` on the host in a new zoneless application, rendered; destroyed after the test. */
  const mount = async <C>(component: Type<C>, comparison: unknown, subscribe?: (instance: C) => void) => {
    const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
    let destroyed = false;
    const destroy = () => {
      if (!destroyed) app.destroy();
      destroyed = true;
    };
    page.cleanup.push(destroy);
    const ref = createComponent(component, { environmentInjector: app.injector, hostElement: page.host });
    ref.setInput('comparison', comparison);
    subscribe?.(ref.instance);
    app.attachView(ref.hostView);
    await app.whenStable();
    return { destroy };
  };

  it('destroying the app removes its listeners: the card no longer reaches the component', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const later = await loadFixture('technical-debt-vs-clean-code.json');
    const loads: CheckedComparison[] = [];
    const { destroy } = await mount(ComparisonComponent, json, (component) => component.loaded.subscribe((c) => loads.push(c)));
    const card = page.host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, '(load) was called');

    destroy();
    // Angular leaves a root component's DOM in its host element (the app removes the host);
    // what it must undo is its bindings: a load after destroy reaches no handler.
    let fired = 0;
    card.addEventListener('load', () => fired++);
    card.data = later;
    await waitUntil(() => fired === 1, 'the card itself still works');
    expect(loads.length, 'no (load) after destroy').to.equal(1);
    expect(text(page.host.querySelector('[role=status]'))).to.equal(`shown: ${json.title}`);
    page.host.remove();
    await settled(card);
    expect(page.errors.seen).to.deep.equal([]);
  });

  it('sets [data] as a property even on a tag defined after rendering, so the card still gets it', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    await mount(LateComponent, json);
    const card = page.host.querySelector('late-pick-angular') as NicePick;
    expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
    NicePick.define('late-pick-angular');
    await waitUntil(() => text(part(card, 'title')) === json.title, 'the card renders the data set before its definition');
    expect(card.data).to.equal(json);
    expect(page.errors.seen).to.deep.equal([]);
  });
});
