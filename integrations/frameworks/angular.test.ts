// <nice-pick> in a real Angular app (integrations/frameworks/angular-app.ts, a standalone component
// compiled ahead of time by ngtsc in integrations/plugins/, zoneless): `[data]` sets the
// property, `(load)` / `(error)` listen to the card's events, new input data re-renders the card,
// invalid data shows the error, and destroying the app leaves no errors and no listeners behind.
import { expect, waitUntil } from '@open-wc/testing';
import { createComponent, provideZonelessChangeDetection, type ApplicationRef, type ComponentRef } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { NicePick } from '../../src/index.js';
import type { CheckedComparison, NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { ComparisonComponent } from './angular-app.js';
import { LateComponent } from './angular-late.js';
import { expectCardFromFramework, names, part, text, watchErrors, expectInvalid } from './helpers.js';

describe('<nice-pick> in Angular', () => {
  let host: HTMLElement;
  let errors: ReturnType<typeof watchErrors>;
  let app: ApplicationRef | undefined;

  /**
   * Mounts <app-comparison> on `host` in a new zoneless application, with `comparison` as its
   * input and its outputs subscribed; `set(next)` gives the input new data, as a parent would.
   */
  const mountApp = async (
    initial: unknown,
    on: { shown?: (c: CheckedComparison) => void; failed?: (e: NicePickErrorDetail) => void } = {},
  ) => {
    app = await createApplication({ providers: [provideZonelessChangeDetection()] });
    const ref: ComponentRef<ComparisonComponent> = createComponent(ComparisonComponent, {
      environmentInjector: app.injector,
      hostElement: host,
    });
    ref.setInput('comparison', initial);
    if (on.shown) ref.instance.loaded.subscribe(on.shown);
    if (on.failed) ref.instance.failedWith.subscribe(on.failed);
    app.attachView(ref.hostView);
    await app.whenStable();
    return {
      set: async (next: unknown) => {
        ref.setInput('comparison', next);
        await app!.whenStable();
      },
    };
  };
  const destroyApp = () => {
    const mounted = app;
    app = undefined;
    mounted?.destroy();
  };

  beforeEach(() => {
    errors = watchErrors('NG0'); // Angular's runtime warnings start with their code, NG0…
    host = document.createElement('app-comparison');
    document.body.append(host);
  });
  afterEach(() => {
    destroyApp(); // nothing to do when the test destroyed it already
    errors.stop();
    host.remove();
  });

  it('renders the card from [data], in the dark theme, and (load) gets the checked comparison', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const loads: CheckedComparison[] = [];
    await mountApp(json, { shown: (c) => loads.push(c) });
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, '(load) was called');

    expectCardFromFramework(card, json, loads[0]);
    // the component's own signal, set from the event handler, re-rendered by Angular
    await waitUntil(() => text(host.querySelector('[role=status]')) === `shown: ${json.title}`);

    destroyApp();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('re-renders with new data and fires (load) again; invalid data fires (error)', async () => {
    const first = await loadFixture('gpu-vs-tpu.json');
    const second = await loadFixture('solo-work-vs-pair-programming.json');
    const loads: CheckedComparison[] = [];
    const failures: NicePickErrorDetail[] = [];
    const comparison = await mountApp(first, { shown: (c) => loads.push(c), failed: (e) => failures.push(e) });
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, 'first load');

    await comparison.set(second);
    expect(host.querySelector('nice-pick'), 'the same element, updated').to.equal(card);
    expect(card.data).to.equal(second);
    await waitUntil(() => loads.length === 2, 'second load');
    expect(loads[1].title).to.equal(second.title ?? second.options.map((o: { name: string }) => o.name).join(' vs '));
    expect(text(part(card, 'title'))).to.equal(loads[1].title);
    expect(names(card)).to.deep.equal(second.options.map((o: { name: string }) => o.name));

    // the card's console.warn about invalid data is dropped by watchErrors (only NG0… counts)
    await comparison.set({ options: [{ name: 'Only one', pros: [], cons: [] }] });
    await waitUntil(() => failures.length === 1, '(error) was called');
    expectInvalid(failures[0]);
    const alert = card.shadowRoot!.querySelector('[role=alert]');
    expect(text(alert)).to.contain(failures[0].message);
    await waitUntil(() => text(host.querySelector('[role=status]')) === 'failed: invalid');
    expect(loads.length, 'no load for invalid data').to.equal(2);

    destroyApp();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('destroying the app removes its listeners: the card no longer reaches the component', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const later = await loadFixture('technical-debt-vs-clean-code.json');
    const loads: CheckedComparison[] = [];
    await mountApp(json, { shown: (c) => loads.push(c) });
    const card = host.querySelector('nice-pick')!;
    await waitUntil(() => loads.length === 1, '(load) was called');

    destroyApp();
    // Angular leaves a root component's DOM in its host element (the app removes the host);
    // what it must undo is its bindings: a load after destroy reaches no handler.
    let fired = 0;
    card.addEventListener('load', () => fired++);
    card.data = later;
    await waitUntil(() => fired === 1, 'the card itself still works');
    expect(loads.length, 'no (load) after destroy').to.equal(1);
    expect(text(host.querySelector('[role=status]'))).to.equal(`shown: ${json.title}`);
    host.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.seen).to.deep.equal([]);
  });

  it('sets [data] as a property even on a tag defined after rendering, so the card still gets it', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    app = await createApplication({ providers: [provideZonelessChangeDetection()] });
    const ref = createComponent(LateComponent, { environmentInjector: app.injector, hostElement: host });
    ref.setInput('comparison', json);
    app.attachView(ref.hostView);
    await app.whenStable();
    const card = host.querySelector('late-pick-angular') as NicePick;
    expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
    NicePick.define('late-pick-angular');
    await waitUntil(() => text(part(card, 'title')) === json.title, 'the card renders the data set before its definition');
    expect(card.data).to.equal(json);
    destroyApp();
    expect(errors.seen).to.deep.equal([]);
  });
});
