// The studio's React, Vue and Svelte snippets (site/studio/snippets.ts, the text its export panel
// copies), compiled and mounted in their frameworks: plugins/studio-snippets.mjs writes them for
// two of the studio's templates into .studio-snippets/ when the test runner starts (the package's
// name pointed at src/, as the other apps import it), and each is compiled as the other apps are
// (React's JSX by esbuild, Vue's template by its browser build, Svelte by svelte/compiler). The
// card must show the template's comparison, the snippet's load handler must run, and no framework
// may complain.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { mount, unmount, type Component } from 'svelte';
import type { Comparison, NicePick } from '../../src/index.js';
import { templates } from '../../site/studio/templates.js';
import { names, ownText, part, parts, text } from '../../test/support/helpers.js';
import { usePage } from './helpers.js';

/** The templates the snippets were written for (plugins/studio-snippets.mjs TEMPLATE_IDS). */
const TEMPLATE_IDS = ['two', 'rtl'];
const snippet = (file: string) => new URL(`../.studio-snippets/${file}`, import.meta.url).href;

interface Framework {
  name: string;
  warnMarker?: string;
  /** Mounts the snippet written for template `id` in `host`; returns how to unmount it. */
  mount(host: HTMLElement, id: string): Promise<() => unknown>;
}

const frameworks: Framework[] = [
  {
    name: 'React 19',
    async mount(host, id) {
      const { ComparisonCard } = (await import(snippet(`react-${id}.tsx`))) as { ComparisonCard: ComponentType };
      const root = createRoot(host);
      flushSync(() => root.render(createElement(ComparisonCard)));
      return () => root.unmount();
    },
  },
  {
    name: 'Vue 3',
    warnMarker: '[Vue warn]',
    async mount(host, id) {
      // the snippet mounts its app on #app itself, when its module runs
      host.id = 'app';
      await import(snippet(`vue-${id}.ts`));
      return () => host.removeAttribute('id');
    },
  },
  {
    name: 'Svelte 5',
    warnMarker: '[svelte]',
    async mount(host, id) {
      const { default: App } = (await import(snippet(`svelte-${id}.svelte`))) as { default: Component };
      const app = mount(App, { target: host });
      return () => unmount(app);
    },
  },
];

for (const framework of frameworks) {
  describe(`the studio's ${framework.name} snippet, compiled and mounted`, () => {
    const page = usePage(framework.warnMarker);
    let logged: string[] = [];
    const log = console.log;
    beforeEach(() => {
      logged = [];
      console.log = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    });
    afterEach(() => {
      console.log = log;
    });

    for (const id of TEMPLATE_IDS) {
      const { name, comparison } = templates.find((t) => t.id === id)!;
      const data = comparison as Comparison & { lang?: string; dir?: string; labels?: Record<string, string> };

      it(`${name}: the card shows the comparison, and the snippet's load handler runs`, async () => {
        page.cleanup.push(await framework.mount(page.host, id));
        const card = () => page.host.querySelector<NicePick>('nice-pick');
        await waitUntil(() => card()?.shadowRoot?.querySelector('[part~=title]'), 'the card shows', { timeout: 10000 });
        await waitUntil(() => logged.includes(`shown: ${data.title}`), 'the snippet\'s load handler ran');
        const el = card()!;
        expect(el.data, 'the comparison as the data property').to.deep.equal(comparison);
        expect(el.hasAttribute('data'), 'no data attribute').to.equal(false);
        expect(text(part(el, 'title'))).to.equal(data.title);
        expect(names(el)).to.deep.equal(data.options.map((o) => o.name));
        const options = parts(el, 'option');
        data.options.forEach((option, i) => {
          const pros = [...options[i]!.querySelectorAll('[part~=pro]')].map(ownText);
          expect(pros, `${option.name}'s pros`).to.deep.equal(option.pros ?? []);
        });
        const verdict = data.verdict?.text;
        expect(parts(el, 'verdict-text').map(text)).to.deep.equal(verdict === undefined ? [] : [verdict].flat());
        const article = el.shadowRoot!.querySelector('article')!;
        expect(article.getAttribute('lang')).to.equal(data.lang ?? null);
        expect(article.getAttribute('dir')).to.equal(data.dir ?? null);
        if (data.labels?.pros) expect(text(part(el, 'pros-heading')), 'the data\'s own words').to.equal(data.labels.pros);
      });
    }
  });
}
