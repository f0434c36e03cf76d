// The studio's "Taking it away" panel (site/studio/export.ts), mounted on a test page under the
// viewer's CSP (/site/dist/studio/export-test.html, so the viewer's URL is the built one at
// /site/dist/embed/): each snippet's text, the blog snippet byte for byte what `nice-pick embed`
// prints, Copy, the disabled state, the self-host URL field, and the snippets pasted into a blank
// page on the other origin (localhost against 127.0.0.1) showing the same card. axe light and dark.
import { expect } from '@open-wc/testing';
import { waitUntil } from './support/studio.js';
import { decodeComparison } from '../src/share.js';
import { templates } from '../studio/templates.js';
import type { Store } from '../studio/store.js';
import { loadFrame as load, pasted as paste } from './support/frames.js';

const PAGE = '/site/dist/studio/export-test.html';
const CDN = 'https://cdn.jsdelivr.net/npm/nice-pick@0/dist/nice-pick.js';
const KEY = 'nice-pick-studio:script-url';
const FIX = 'Fix the problems above to copy a snippet';

const known = {
  title: 'Tabs vs spaces: </script><!-- «ü» 😀 \u2028 & "quotes"',
  options: [
    { id: 'tabs', name: 'Tabs', pros: ['Each reader picks the width'], cons: ['Looks different across tools'] },
    { id: 'spaces', name: 'Spaces <b>', pros: ['Looks the same everywhere'], cons: ['Fixed width for everyone'] },
  ],
  pick: 'tabs',
};
const knownText = JSON.stringify(known, null, 2);

type PanelWindow = Window & { mountPanel(text: string): Store; axe: any; __violations: string[] };

const frames: HTMLIFrameElement[] = [];
const loadFrame = (src: string, width?: number) => load(frames, src, { width });
const pasted = (html: string) => paste(frames, html);
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  localStorage.removeItem(KEY);
});

/** The test page with the panel mounted on a store holding `text`, once its snippets are made. */
async function panel(text = knownText, theme = 'light') {
  const iframe = await loadFrame(`${PAGE}?theme=${theme}`);
  const win = iframe.contentWindow as PanelWindow;
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.documentElement.hasAttribute('data-ready'), 'the page script ran');
  const store = win.mountPanel(text);
  const field = (name: string) => doc.querySelector<HTMLTextAreaElement>(`.export-${name} textarea`)!;
  const button = (name: string) => doc.querySelector<HTMLButtonElement>(`.export-${name} button`)!;
  await waitUntil(() => field('link').value !== '' || doc.querySelector('.export-status')!.textContent === FIX, 'the snippets are made');
  return { iframe, win, doc, store, field, button, section: doc.querySelector<HTMLElement>('.export')! };
}

/** What `nice-pick embed` (or `render`, with `?theme=…`) prints for `text`. */
async function cli(command: 'embed' | 'render', text: string, query = '') {
  const response = await fetch(`/__site__/${command}${query}`, { method: 'POST', body: text });
  const out = await response.text();
  expect(response.status, out).to.equal(200);
  return out;
}
const cliEmbed = (text: string) => cli('embed', text);

type Tree = string | { tag: string; attributes: string[]; children: Tree[] };

/** A node as a tree to compare: tags, sorted attributes, texts (white space folded); comments dropped. */
function tree(node: Node): Tree[] {
  if (node.nodeType === Node.TEXT_NODE) return [node.textContent!];
  if (node.nodeType !== Node.ELEMENT_NODE) return []; // comments: Lit's markers, the server's and none in the browser's
  const element = node as Element;
  const children: Tree[] = [];
  const source = element instanceof HTMLTemplateElement ? element.content : element;
  for (const child of source.childNodes) {
    for (const item of tree(child)) {
      // the texts either side of a dropped comment are one text
      if (typeof item === 'string' && typeof children.at(-1) === 'string') children[children.length - 1] += item;
      else children.push(item);
    }
  }
  return [{
    tag: element.localName,
    attributes: [...element.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    children: children.map((c) => (typeof c === 'string' ? c.replace(/\s+/g, ' ').trim() : c)).filter((c) => c !== ''),
  }];
}

/** A static card's HTML parsed (DOMParser: the declarative shadow root stays a <template>), as a tree. */
const parsedCard = (html: string) => tree(new DOMParser().parseFromString(html, 'text/html').querySelector('nice-pick')!);

const shown = { title: known.title.replace(/\s+/g, ' ').trim(), options: ['Tabs', 'Spaces <b>'], pick: 'Tabs' };

describe('the export panel: each snippet for a known comparison', () => {
  it('blog post: byte for byte what nice-pick embed prints', async () => {
    const { field } = await panel();
    expect(field('blog').value).to.equal(await cliEmbed(knownText));
    expect(field('blog').value).not.to.include('</script><!--');
  });

  it('file: a download named from the title, and the two lines with src', async () => {
    const { field, doc } = await panel();
    const link = doc.querySelector<HTMLAnchorElement>('.export-file a[download]')!;
    expect(link.download).to.equal('tabs-vs-spaces-script-u-quotes.json');
    expect(link.textContent).to.equal('Download tabs-vs-spaces-script-u-quotes.json');
    expect(link.href).to.match(/^blob:/);
    const body = await (await fetch(link.href)).text();
    expect(JSON.parse(body)).to.deep.equal(known);
    expect(field('file').value).to.equal(`<script type="module" src="${CDN}"></script>\n<nice-pick src="tabs-vs-spaces-script-u-quotes.json"></nice-pick>\n`);
  });

  it('no script allowed: the static card, the same as nice-pick render prints, in the chosen theme', async () => {
    const { field, doc } = await panel();
    expect(doc.querySelector('.export-staticCard')!.textContent).to.include('the same as nice-pick render prints');
    expect(field('staticCard').value.startsWith('<nice-pick theme="auto">\n<template shadowrootmode="open"><style>')).to.equal(true);
    expect(parsedCard(field('staticCard').value)).to.deep.equal(parsedCard(await cli('render', knownText)));
    const select = doc.querySelector<HTMLSelectElement>('.export-theme select')!;
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => field('staticCard').value.startsWith('<nice-pick theme="dark">'), 'the theme reaches the static card');
    expect(parsedCard(field('staticCard').value)).to.deep.equal(parsedCard(await cli('render', knownText, '?theme=dark')));
  });

  it('no script allowed: the studio\'s card and nice-pick render\'s agree for every template, words and language included', async () => {
    const texts = templates.map((template) => JSON.stringify(template.comparison, null, 2));
    // the CLI's cards asked for at once: each is a Node process
    const rendered = texts.map((text) => cli('render', text));
    const { field, store } = await panel();
    for (const [i, template] of templates.entries()) {
      store.setText(texts[i]!, 'template');
      await waitUntil(() => field('staticCard').value.includes(JSON.stringify(template.comparison).replace(/</g, '\\u003c')), `${template.name}: the static card follows`);
      const mine = parsedCard(field('staticCard').value);
      expect(mine, template.name).to.deep.equal(parsedCard(await rendered[i]!));
      expect(JSON.stringify(mine)).to.include(template.comparison.title);
    }
  });

  it('Markdown: a fenced nice-pick block, and the line names the plugins that read it', async () => {
    const { field, doc } = await panel();
    expect(field('markdown').value).to.equal('```nice-pick\n' + knownText + '\n```\n');
    expect(doc.querySelector('.export-markdown')!.textContent).to.include('rehype-nice-pick').and.include('markdown-it-nice-pick');
  });

  it('React, Vue, Svelte: the README components with the comparison as a const', async () => {
    const { field } = await panel();
    const react = field('react').value;
    expect(react).to.include(`import 'nice-pick'; // registers <nice-pick>: before the first render\nimport type {} from 'nice-pick/react';`);
    expect(react).to.include(`const comparison: Comparison = ${knownText};\n`);
    expect(react).to.include('data={comparison}');
    expect(react).to.include('onload={(event) =>');
    const vue = field('vue').value;
    expect(vue).to.include(`const initialComparison: Comparison = ${knownText};\n`);
    expect(vue).to.include(`<nice-pick :data="comparison" @load="onLoad" @error="onError"></nice-pick>`);
    expect(vue).to.include(`app.config.compilerOptions.isCustomElement = (tag) => tag === 'nice-pick';`);
    const svelte = field('svelte').value;
    expect(svelte.startsWith('<script lang="ts">\n')).to.equal(true);
    // inside <script>: the data's "</script>" must not end it; the escape is the same string to JS
    expect(svelte.match(/<\/script>/g)).to.have.length(1);
    const constant = /const comparison: Comparison = ([\s\S]*?);\n<\/script>/.exec(svelte)![1]!;
    expect(JSON.parse(constant)).to.deep.equal(known);
  });

  it('iframe: the viewer URL with the theme, and the resize snippet', async () => {
    const { field, doc } = await panel();
    const viewer = new URL('/site/dist/embed/', location.origin).href;
    const match = /^<iframe src="([^"]+)" title="([^"]+)" style="width: 100%; height: 400px; border: 0"><\/iframe>\n<script src="([^"]+)" async><\/script>\n$/.exec(field('iframe').value)!;
    expect(match, field('iframe').value).to.not.equal(null);
    const src = match[1]!.replace(/&amp;/g, '&');
    expect(src.startsWith(`${viewer}#c=`)).to.equal(true);
    const decoded = await decodeComparison(new URL(src).hash);
    expect(decoded.ok && decoded.data).to.deep.equal(known);
    expect(match[2]).to.equal(known.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(match[3]).to.equal(`${viewer}resize.js`);
    const select = doc.querySelector<HTMLSelectElement>('.export-theme select')!;
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => field('iframe').value.includes(`${viewer}?theme=dark#c=`), 'the theme reaches the URL');
  });

  it('link: the studio with this comparison', async () => {
    const { field, iframe } = await panel();
    const studio = new URL(PAGE, location.origin).href;
    expect(field('link').value.startsWith(`${studio}?theme=light#c=`)).to.equal(true);
    const decoded = await decodeComparison(new URL(field('link').value).hash);
    expect(decoded.ok && decoded.text).to.equal(JSON.stringify(known));
    expect(iframe.contentWindow!.location.hash).to.equal('');
  });

  it('snippets follow the store, and say where to paste each', async () => {
    const { field, store, doc } = await panel();
    store.setText(JSON.stringify({ ...known, title: 'Second' }), 'source');
    await waitUntil(() => field('blog').value.includes('"title": "Second"'), 'the blog snippet follows');
    expect(field('blog').value).to.equal(await cliEmbed(JSON.stringify({ ...known, title: 'Second' })));
    expect(doc.querySelector<HTMLAnchorElement>('.export-file a[download]')!.download).to.equal('second.json');
    for (const section of doc.querySelectorAll('.export-target')) {
      expect(section.querySelector('h3')!.textContent).to.not.equal('');
      expect(section.querySelector('p')!.textContent!.length, section.className).to.be.greaterThan(30);
      expect(section.querySelector('textarea')!.readOnly).to.equal(true);
    }
  });
});

describe('Copy', () => {
  it('every Copy button is named "Copy …"; clicking copies its snippet and announces "Copied"', async () => {
    const { win, doc, field } = await panel();
    const written: string[] = [];
    // intercept the clipboard: the text the page gives it is what we check
    Object.defineProperty(win.navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void written.push(text) });
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('.export button')];
    expect(buttons).to.have.length(9);
    const live = doc.querySelector('[aria-live=polite]')!;
    for (const button of buttons) {
      expect(button.textContent!.startsWith('Copy'), button.textContent!).to.equal(true);
      expect(button.disabled).to.equal(false);
      live.textContent = '';
      button.click();
      await waitUntil(() => live.textContent === 'Copied', `${button.textContent} announces Copied`);
      const textarea = button.closest('section')!.querySelector('textarea')!;
      expect(written.at(-1)).to.equal(textarea.value);
    }
    expect(written[0]).to.equal(field('blog').value);
    expect(written).to.have.length(9);
  });

  it('without clipboard access: the snippet is selected and the keys are named', async () => {
    const { win, doc, field, button } = await panel();
    Object.defineProperty(win.navigator.clipboard, 'writeText', { configurable: true, value: async () => { throw new DOMException('denied', 'NotAllowedError'); } });
    button('blog').click();
    const live = doc.querySelector('[aria-live=polite]')!;
    await waitUntil(() => /press (Ctrl|⌘)\+C/.test(live.textContent!), 'the keys are named');
    expect(doc.activeElement).to.equal(field('blog'));
    expect(field('blog').selectionStart).to.equal(0);
    expect(field('blog').selectionEnd).to.equal(field('blog').value.length);
  });

  it('an invalid comparison disables every Copy button; the snippets stay, marked out of date', async () => {
    const { store, doc, field, button } = await panel();
    const before = field('blog').value;
    for (const text of ['{"title": "half', JSON.stringify({ title: 'One option', options: [{ name: 'Only' }] })]) {
      store.setText(text, 'source');
      await waitUntil(() => doc.querySelector('.export-status')!.textContent === FIX, 'the panel says why');
      expect([...doc.querySelectorAll<HTMLButtonElement>('.export button')].every((b) => b.disabled)).to.equal(true);
      expect(field('blog').value).to.equal(before);
      expect(doc.querySelector<HTMLElement>('.export-blog .export-stale')!.hidden).to.equal(false);
      store.setText(knownText, 'form');
      await waitUntil(() => !button('blog').disabled, 'valid again');
      expect(doc.querySelector('.export-status')!.textContent).to.equal('');
      expect(doc.querySelector<HTMLElement>('.export-blog .export-stale')!.hidden).to.equal(true);
    }
    const blank = await panel('nope');
    expect(blank.button('blog').disabled).to.equal(true);
    expect(blank.field('blog').value).to.equal('');
  });
});

describe('Where your site loads nice-pick.js from', () => {
  const input = (doc: Document) => doc.querySelector<HTMLInputElement>('.export-script-url input')!;
  const type = (doc: Document, value: string) => {
    input(doc).value = value;
    input(doc).dispatchEvent(new Event('input'));
  };

  it('has a label; rejects javascript: with a message; is remembered across a re-mount', async () => {
    const { doc, field, win } = await panel();
    expect(doc.querySelector(`label[for="${input(doc).id}"]`)!.textContent).to.equal('Where your site loads nice-pick.js from');
    expect(field('blog').value).to.include(`src="${CDN}"`);
    type(doc, 'javascript:alert(1)');
    const error = doc.querySelector<HTMLElement>('.export-error')!;
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.include('"javascript:" addresses are not accepted');
    expect(input(doc).getAttribute('aria-invalid')).to.equal('true');
    expect(win.localStorage.getItem(KEY)).to.equal(null);
    type(doc, 'data:text/javascript,1');
    expect(error.textContent).to.include('"data:" addresses are not accepted');

    type(doc, 'https://example.com/assets/nice-pick.js?v=1&x="2"');
    expect(error.textContent).to.include('no spaces, quotes');
    type(doc, 'https://example.com/assets/nice-pick.js?v=1&x=2');
    expect(error.hidden).to.equal(true);
    await waitUntil(() => field('blog').value.startsWith('<script type="module" src="https://example.com/assets/nice-pick.js?v=1&amp;x=2"></script>\n'), 'the blog snippet uses it');
    expect(field('file').value).to.include('src="https://example.com/assets/nice-pick.js?v=1&amp;x=2"');
    expect(win.localStorage.getItem(KEY)).to.equal('https://example.com/assets/nice-pick.js?v=1&x=2');

    const again = await panel();
    expect(input(again.doc).value).to.equal('https://example.com/assets/nice-pick.js?v=1&x=2');
    expect(again.field('blog').value).to.include('src="https://example.com/assets/nice-pick.js?v=1&amp;x=2"');
    type(again.doc, '');
    await waitUntil(() => again.field('blog').value.includes(`src="${CDN}"`), 'empty: the CDN again');
    expect(again.win.localStorage.getItem(KEY)).to.equal(null);
  });

  it('takes a relative path', async () => {
    const { doc, field } = await panel();
    type(doc, '../assets/nice-pick.js');
    await waitUntil(() => field('blog').value.includes('src="../assets/nice-pick.js"'), 'a path is used');
  });
});

describe('end to end: the snippet in a blank page on another origin shows the same card', () => {
  it('blog post snippet (nice-pick.js from the page\'s own site)', async () => {
    const { doc, field } = await panel();
    const input = doc.querySelector<HTMLInputElement>('.export-script-url input')!;
    input.value = '/site/dist/nice-pick.js'; // the real built bundle, on the blank page's origin
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => field('blog').value.includes('src="/site/dist/nice-pick.js"'), 'the path is used');
    const page = await pasted(field('blog').value);
    await waitUntil(() => page.messages.some((m) => m.type === 'card'), 'the card shows on the other origin', { timeout: 8000 });
    page.stop();
    const card = page.messages.find((m) => m.type === 'card');
    expect({ title: card.title, options: card.options, pick: card.pick }).to.deep.equal(shown);
  });

  it('iframe snippet: the viewer shows the card, and resize.js sets the iframe\'s height', async () => {
    const { field } = await panel();
    const page = await pasted(field('iframe').value);
    // the blank page is on the other origin; its iframe, the viewer, is on this one
    const viewer = () => page.iframe.contentWindow!.frames[0] as Window | undefined;
    await waitUntil(() => {
      try {
        return viewer()?.document.querySelector('nice-pick')?.shadowRoot?.querySelector('[part~=title]');
      } catch {
        return false;
      }
    }, 'the viewer shows the card', { timeout: 8000 });
    const root = viewer()!.document.querySelector('nice-pick')!.shadowRoot!;
    const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text(root.querySelector('[part~=title]'))).to.equal(shown.title);
    expect([...root.querySelectorAll('[part~=option-name]')].map(text)).to.deep.equal(shown.options);
    expect(text(root.querySelector('[part~=hero-name]'))).to.equal(shown.pick);
    // the blank page's iframe takes the viewer's height (what the viewer measures and posts)
    const heights = () => page.messages.filter((m) => m.type === 'iframe-height').map((m) => m.height);
    const cardHeight = () => Math.ceil(viewer()!.document.getElementById('viewer')!.getBoundingClientRect().height);
    await waitUntil(() => cardHeight() > 0 && heights().at(-1) === `${cardHeight()}px`, "resize.js sets the card's height", { timeout: 8000 });
    expect(heights().at(-1)).to.not.equal('400px');
    page.stop();
  });
});

describe('the panel: axe, CSP', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: no axe violation, no CSP violation`, async () => {
      const { win, section, store, doc } = await panel(knownText, theme);
      let results = await win.axe.run(section);
      const list = (r: any) => r.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      expect(list(results)).to.deep.equal([]);
      store.setText('{', 'source'); // the disabled state too
      await waitUntil(() => doc.querySelector('.export-status')!.textContent === FIX, 'disabled');
      const input = doc.querySelector<HTMLInputElement>('.export-script-url input')!;
      input.value = 'javascript:1';
      input.dispatchEvent(new Event('input'));
      results = await win.axe.run(section);
      expect(list(results)).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    });
  }
});
