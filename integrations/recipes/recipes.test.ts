// The recipes of site/docs/frameworks.md, run as a reader would paste them: each file here imports
// `nice-pick` by its package name (the built lib/, through integrations' `"nice-pick": "file:.."`),
// is compiled as its framework's tooling would (../plugins/) and mounted with a sample comparison
// in every engine. One table of how each mounts, and the same checks for all: the card shows the
// comparison's title, pros and cons in the dark theme; the recipe's own load handler ran (its
// console.log, seen here), and so does its error handler on invalid data (its console.warn); no
// error and no framework warning meanwhile. The docs show these files' `#region recipe`
// (scripts/docs.mjs), so what a reader copies is what runs here.
import { expect, waitUntil } from '@open-wc/testing';
import { createComponent as createAngularComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { h as preactH, render as preactRender } from 'preact';
import { createElement } from 'react';
import { flushSync as reactFlushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createComponent as createSolidComponent, render as solidRender } from 'solid-js/web';
import { mount as svelteMount, unmount as svelteUnmount } from 'svelte';
// the element's types as this program sees them (the tag name map of src/define.ts; the recipes'
// 'nice-pick' is the same class, built)
import type { Comparison, NicePick } from '../../src/index.js';
import { loadFixture } from '../../test/fixtures.js';
import { names, ownText, part, parts, text } from '../../test/support/helpers.js';
import { ComparisonComponent } from './angular.js';
import { showComparison } from './element.js';
import { ComparisonCard as PreactCard } from './preact.js';
import { ComparisonCard as ReactCard } from './react.js';
import { ComparisonCard as SolidCard } from './solid.js';
import SvelteCard from './svelte.svelte';
import { mountComparison } from './vue.js';

/** The comparison every recipe shows (the plain HTML page fetches it by its `src`, /comparisons/…). */
const SAMPLE = 'gpu-vs-tpu.json';
/** The plain HTML recipe's script: not on the CDN until the package is published, so dist/'s. */
const CDN = 'https://cdn.jsdelivr.net/npm/nice-pick@0/dist/nice-pick.js';

interface Mounted {
  card: NicePick;
  unmount(): unknown;
}

interface Recipe {
  name: string;
  /** The recipe, in integrations/recipes/. */
  file: string;
  /** What the framework's own warnings start with. */
  warnMarker?: string;
  /** The host element's tag (Angular mounts its root component on its selector). */
  hostTag?: string;
  /** False where the recipe gives the card its comparison by `src` rather than as `data`. */
  setsData?: false;
  mount(host: HTMLElement, comparison: Comparison): Mounted | Promise<Mounted>;
}

const cardIn = (host: ParentNode) => host.querySelector('nice-pick') as NicePick;

const recipes: Recipe[] = [
  {
    name: 'DOM (“In an app”)',
    file: 'element.ts',
    mount(host, comparison) {
      const card = showComparison(comparison, host);
      return { card, unmount: () => card.remove() };
    },
  },
  {
    name: 'React 19',
    file: 'react.tsx',
    mount(host, comparison) {
      const root = createRoot(host);
      reactFlushSync(() => root.render(createElement(ReactCard, { comparison })));
      return { card: cardIn(host), unmount: () => root.unmount() };
    },
  },
  {
    name: 'Vue 3',
    file: 'vue.ts',
    warnMarker: '[Vue warn]',
    mount(host, comparison) {
      const app = mountComparison(host, comparison);
      return { card: cardIn(host), unmount: () => app.unmount() };
    },
  },
  {
    name: 'Svelte 5',
    file: 'svelte.svelte',
    warnMarker: '[svelte]',
    mount(host, comparison) {
      const app = svelteMount(SvelteCard, { target: host, props: { comparison } });
      return { card: cardIn(host), unmount: () => svelteUnmount(app) };
    },
  },
  {
    name: 'Angular',
    file: 'angular.ts',
    warnMarker: 'NG0',
    hostTag: 'app-comparison',
    async mount(host, comparison) {
      const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
      const ref = createAngularComponent(ComparisonComponent, { environmentInjector: app.injector, hostElement: host });
      ref.setInput('comparison', comparison);
      app.attachView(ref.hostView);
      await app.whenStable();
      return { card: cardIn(host), unmount: () => app.destroy() };
    },
  },
  {
    name: 'Preact',
    file: 'preact.tsx',
    mount(host, comparison) {
      preactRender(preactH(PreactCard, { comparison }), host);
      return { card: cardIn(host), unmount: () => preactRender(null, host) };
    },
  },
  {
    name: 'Solid',
    file: 'solid.tsx',
    mount(host, comparison) {
      const dispose = solidRender(() => createSolidComponent(SolidCard, { comparison }), host);
      return { card: cardIn(host), unmount: dispose };
    },
  },
  {
    name: 'plain HTML',
    file: 'plain.html',
    setsData: false,
    async mount(host) {
      // the page as written, in a frame, but for the script's address; a first script sends the
      // frame's console.log and console.warn to this page's (the recipe's handlers write there)
      const page = await (await fetch('/integrations/recipes/plain.html')).text();
      expect(page, 'the recipe loads the script from the CDN').to.contain(CDN);
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script>for (const level of ['log', 'warn', 'error']) console[level] = (...args) => parent.console[level](...args);</script>\n${page.replace(CDN, '/dist/nice-pick.js')}`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      host.append(frame);
      await loaded;
      return { card: cardIn(frame.contentDocument!), unmount: () => frame.remove() };
    },
  },
];

/** console.log and console.warn calls (their arguments as text), and errors, while a test runs. */
function watchConsole() {
  const seen = { log: [] as string[][], warn: [] as string[][], errors: [] as string[] };
  const { log, warn, error } = console;
  console.log = (...args: unknown[]) => void seen.log.push(args.map(String));
  console.warn = (...args: unknown[]) => void seen.warn.push(args.map(String));
  console.error = (...args: unknown[]) => {
    seen.errors.push(`console.error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  const onError = (event: ErrorEvent) => seen.errors.push(`window error: ${event.message}`);
  window.addEventListener('error', onError);
  return {
    seen,
    stop() {
      Object.assign(console, { log, warn, error });
      window.removeEventListener('error', onError);
    },
  };
}

for (const recipe of recipes) {
  describe(`the ${recipe.name} recipe (integrations/recipes/${recipe.file})`, () => {
    let host: HTMLElement;
    let watched: ReturnType<typeof watchConsole>;
    let unmount: (() => unknown) | undefined;
    beforeEach(() => {
      watched = watchConsole();
      host = document.createElement(recipe.hostTag ?? 'div');
      document.body.append(host);
    });
    afterEach(async () => {
      await unmount?.();
      unmount = undefined;
      watched.stop();
      host.remove();
    });

    it("shows the comparison's title, pros and cons; its load handler logs it, its error handler warns", async () => {
      const comparison: Comparison = await loadFixture(SAMPLE);
      const mounted = await recipe.mount(host, comparison);
      unmount = mounted.unmount;
      const { card } = mounted;
      expect(card, 'a <nice-pick> card').to.exist;
      // the recipe's load handler: console.log('shown:', event.detail.title)
      await waitUntil(() => watched.seen.log.length > 0, 'the load handler logged', { timeout: 5000 });
      expect(watched.seen.log).to.deep.equal([['shown:', comparison.title]]);

      expect(text(part(card, 'title'))).to.equal(comparison.title);
      expect(names(card)).to.deep.equal(comparison.options.map((o) => o.name));
      const norm = (items: string[]) => items.map((s) => s.replace(/\s+/g, ' ').trim());
      expect(parts(card, 'pro').map(ownText), 'the pros').to.deep.equal(norm(comparison.options.flatMap((o) => o.pros)));
      expect(parts(card, 'con').map(ownText), 'the cons').to.deep.equal(norm(comparison.options.flatMap((o) => o.cons)));
      expect(card.theme).to.equal('dark');
      if (recipe.setsData !== false) {
        expect(card.data, 'data, the property').to.equal(comparison);
        expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
      }

      // the recipe's error handler: console.warn(event.detail.kind, event.message), next to the
      // card's own warning (`<nice-pick>: …`, by design)
      const failed = new Promise<Event>((resolve) => card.addEventListener('error', resolve, { once: true }));
      card.data = { options: [{ name: 'Only one', pros: [], cons: [] }] } as unknown as Comparison;
      const error = (await failed) as ErrorEvent;
      expect(watched.seen.warn.filter(([first]) => !first.startsWith('<nice-pick>:'))).to.deep.equal([['invalid', error.message]]);

      await card.updateComplete;
      await mounted.unmount();
      unmount = undefined;
      expect(watched.seen.errors, 'errors').to.deep.equal([]);
      if (recipe.warnMarker) expect(watched.seen.warn.filter((args) => args.join(' ').includes(recipe.warnMarker!)), 'framework warnings').to.deep.equal([]);
    });
  });
}
