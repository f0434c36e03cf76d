// <nice-pick> in a real app of each framework (React 19, Preact, Solid, Vue 3, Svelte 5, Angular):
// one table of how each mounts its app (*-app.*), gives it new data and unmounts it, and the same
// checks for all: the framework sets `data` as the property and `theme`, the card shows the
// comparison and its load handler gets the checked one; new data re-renders the card and fires
// load again, invalid data fires error with the problems; unmounting leaves no element, no error
// and no framework warning. What one framework alone needs proving is in its own <name>.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { createComponent as createAngularComponent, provideZonelessChangeDetection, type ComponentRef } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { h as preactH, render as preactRender } from 'preact';
import { createElement } from 'react';
import { flushSync as reactFlushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createSignal } from 'solid-js';
import { createComponent as createSolidComponent, render as solidRender } from 'solid-js/web';
import { flushSync as svelteFlushSync, mount as svelteMount, unmount as svelteUnmount } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { nextTick } from 'vue';
import type { CheckedComparison, Comparison, NicePickErrorDetail } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { ComparisonComponent } from './angular-app.js';
import { expectCardFromFramework, expectInvalid, names, part, quietly, settled, text, usePage } from './helpers.js';
import { ComparisonCard as PreactCard } from './preact-app.js';
import { ComparisonCard as ReactCard } from './react-app.js';
import { ComparisonCard as SolidCard } from './solid-app.js';
import SvelteApp from './svelte-app.svelte';
import { createCardApp } from './vue-app.js';

interface Handlers {
  shown?: (comparison: CheckedComparison) => void;
  failed?: (error: NicePickErrorDetail) => void;
}

/** A mounted app: `set` gives it new data as a parent would (rendered when it resolves). */
interface Mounted {
  set(next: unknown): unknown;
  unmount(): unknown;
}

interface Framework {
  name: string;
  /** What the framework's own warnings start with, so a test fails on them (watchErrors). */
  warnMarker?: string;
  /** The host element's tag (Angular mounts its root component on its selector). */
  hostTag?: string;
  /** Why unmounting leaves the app's DOM in the host, when it does. */
  keepsDom?: string;
  /** Mounts the framework's test app (frameworks/<name>-app.*) on `host` with `comparison`. */
  mount(host: HTMLElement, comparison: unknown, on: Handlers): Mounted | Promise<Mounted>;
}

const frameworks: Framework[] = [
  {
    name: 'React 19',
    mount(host, comparison, on) {
      const root = createRoot(host);
      const render = (next: unknown) =>
        reactFlushSync(() => root.render(createElement(ReactCard, { comparison: next as Comparison, onShown: on.shown, onFailed: on.failed })));
      render(comparison);
      return { set: render, unmount: () => root.unmount() };
    },
  },
  {
    name: 'Preact',
    mount(host, comparison, on) {
      const render = (next: unknown) => preactRender(preactH(PreactCard, { comparison: next as Comparison, onShown: on.shown, onFailed: on.failed }), host);
      render(comparison);
      return { set: render, unmount: () => preactRender(null, host) };
    },
  },
  {
    name: 'Solid',
    mount(host, comparison, on) {
      // `comparison` from a signal: setting it re-renders, as a parent would
      const [data, setData] = createSignal(comparison);
      const dispose = solidRender(
        () =>
          createSolidComponent(SolidCard, {
            get comparison() {
              return data() as Comparison;
            },
            onShown: on.shown,
            onFailed: on.failed,
          }),
        host,
      );
      return { set: (next: unknown) => setData(() => next), unmount: dispose };
    },
  },
  {
    name: 'Vue 3',
    warnMarker: '[Vue warn]',
    mount(host, comparison, on) {
      const { app, comparison: data } = createCardApp(comparison as Comparison, on);
      app.mount(host);
      return {
        set: async (next: unknown) => {
          data.value = next as Comparison;
          await nextTick();
        },
        unmount: async () => {
          app.unmount();
          await nextTick();
        },
      };
    },
  },
  {
    name: 'Svelte 5',
    warnMarker: '[svelte]',
    mount(host, comparison, on) {
      // `comparison` as a reactive prop (what a parent component's `$state` would give it)
      const props = new SvelteMap<'comparison', unknown>([['comparison', comparison]]);
      const app = svelteMount(SvelteApp, {
        target: host,
        props: {
          get comparison() {
            return props.get('comparison') as Comparison;
          },
          onshown: on.shown,
          onfailed: on.failed,
        },
      });
      return {
        set: (next: unknown) => {
          props.set('comparison', next);
          svelteFlushSync();
        },
        unmount: () => svelteUnmount(app),
      };
    },
  },
  {
    name: 'Angular',
    warnMarker: 'NG0', // Angular's runtime warnings start with their code, NG0…
    hostTag: 'app-comparison',
    keepsDom: "Angular leaves a root component's DOM in its host element (the app removes the host)",
    async mount(host, comparison, on) {
      // <app-comparison> in a new zoneless application, its outputs subscribed
      const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
      const ref: ComponentRef<ComparisonComponent> = createAngularComponent(ComparisonComponent, { environmentInjector: app.injector, hostElement: host });
      ref.setInput('comparison', comparison);
      if (on.shown) ref.instance.loaded.subscribe(on.shown);
      if (on.failed) ref.instance.failedWith.subscribe(on.failed);
      app.attachView(ref.hostView);
      await app.whenStable();
      return {
        set: async (next: unknown) => {
          ref.setInput('comparison', next);
          await app.whenStable();
        },
        unmount: () => app.destroy(),
      };
    },
  },
];

for (const framework of frameworks) {
  describe(`<nice-pick> in ${framework.name}`, () => {
    const page = usePage(framework.warnMarker, framework.hostTag);
    /** Mounts the app, to be unmounted after the test (once: a test may unmount it itself). */
    const mount = async (comparison: unknown, on: Handlers) => {
      const mounted = await framework.mount(page.host, comparison, on);
      let unmounted: Promise<unknown> | undefined;
      const unmount = () => (unmounted ??= Promise.resolve(mounted.unmount()));
      page.cleanup.push(unmount);
      return { set: (next: unknown) => mounted.set(next), unmount };
    };
    // the card warns once about invalid data, by design: silenced, unless console.warn is
    // watched for the framework's warnings (watchErrors drops the card's)
    const invalidData = (act: () => Promise<unknown>) => (framework.warnMarker ? act() : quietly(act));

    it('renders the card from data (the property), in the dark theme; the load handler gets the checked comparison', async () => {
      const json = await loadFixture('gpu-vs-tpu.json');
      const loads: CheckedComparison[] = [];
      await mount(json, { shown: (c) => loads.push(c) });
      const card = page.host.querySelector('nice-pick')!;
      await waitUntil(() => loads.length === 1, 'the load handler was called');

      expectCardFromFramework(card, json, loads[0]);
      // the app's own state, set from the event handler, re-rendered by the framework
      await waitUntil(() => text(page.host.querySelector('[role=status]')) === `shown: ${json.title}`);
      await settled(card);
      expect(page.errors.seen).to.deep.equal([]);
    });

    it('re-renders with new data and fires load again; invalid data fires error with the problems', async () => {
      const first = await loadFixture('gpu-vs-tpu.json');
      const second = await loadFixture('solo-work-vs-pair-programming.json');
      const loads: CheckedComparison[] = [];
      const failures: NicePickErrorDetail[] = [];
      const app = await mount(first, { shown: (c) => loads.push(c), failed: (e) => failures.push(e) });
      const card = page.host.querySelector('nice-pick')!;
      await waitUntil(() => loads.length === 1, 'first load');

      await app.set(second);
      expect(page.host.querySelector('nice-pick') === card, 'the same element, updated').to.equal(true);
      expect(card.data).to.equal(second);
      await waitUntil(() => loads.length === 2, 'second load');
      expect(loads[1].title).to.equal(second.title ?? second.options.map((o: { name: string }) => o.name).join(' vs '));
      expect(text(part(card, 'title'))).to.equal(loads[1].title);
      expect(names(card)).to.deep.equal(second.options.map((o: { name: string }) => o.name));

      await invalidData(async () => {
        await app.set({ options: [{ name: 'Only one', pros: [], cons: [] }] });
        await waitUntil(() => failures.length === 1, 'the error handler was called');
      });
      expectInvalid(failures[0]);
      const alert = card.shadowRoot!.querySelector('[role=alert]');
      expect(text(alert)).to.contain(failures[0].message);
      expect([...alert!.querySelectorAll('li code')].map(text), 'each problem shown').to.deep.equal(failures[0].problems);
      await waitUntil(() => text(page.host.querySelector('[role=status]')) === 'failed: invalid');
      expect(loads.length, 'no load for invalid data').to.equal(2);
      await settled(card);
      expect(page.errors.seen).to.deep.equal([]);
    });

    it('unmounting leaves no element, no error and no framework warning', async () => {
      const json = await loadFixture('gpu-vs-tpu.json');
      const loads: CheckedComparison[] = [];
      const app = await mount(json, { shown: (c) => loads.push(c) });
      const card = page.host.querySelector('nice-pick')!;
      await waitUntil(() => loads.length === 1, 'the load handler was called');

      await app.unmount();
      if (framework.keepsDom) expect(page.host.querySelector('nice-pick'), framework.keepsDom).to.equal(card);
      else expect(page.host.childNodes.length, 'nothing left in the host').to.equal(0);
      await settled(card);
      expect(page.errors.seen).to.deep.equal([]);
    });
  });
}
