// The docs site as built (`npm run test:site` builds site/dist/ first): one page per Markdown file
// of site/docs/, each with the list of pages and an "On this page" list of the sections its
// Markdown has, every link inside the site leading to a page and a heading that exist, the
// generated tables, the live cards rendered at build time with the comparison's text, a policy
// that allows exactly the pages' own styles, and the search index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
// @ts-expect-error: a plain .mjs script without types
import { withoutFences } from '../../../scripts/docs.mjs';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const site = fileURLToPath(new URL('../../', import.meta.url));
const docs = path.join(site, 'docs');
const dist = path.join(site, 'dist/docs');
const sources = readdirSync(docs).filter((name) => name.endsWith('.md'));
const htmlName = (md: string) => (md === 'README.md' ? 'index.html' : md.replace(/\.md$/, '.html'));

function* walk(node: Node): Generator<Element> {
  if ('tagName' in node) yield node as Element;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walk(child as Node);
  if ('content' in node && node.content) yield* walk(node.content as unknown as Node);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? (node as { value: string }).value : 'childNodes' in node ? node.childNodes.map((c) => text(c as Node)).join('') : '';
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const pages = new Map(
  sources.map((md) => {
    const html = readFileSync(path.join(dist, htmlName(md)), 'utf8');
    return [htmlName(md), { md, html, elements: [...walk(parse(html) as unknown as Node)] }];
  }),
);


/** The Markdown's own level-2 and level-3 headings, as text (code spans without backticks). */
const headingsOf = (md: string) =>
  (withoutFences(readFileSync(path.join(docs, md), 'utf8')) as string)
    .split('\n')
    .filter((line) => /^#{2,3} /.test(line))
    // a code span's text is what lies between its two runs of backticks of one length: ` ```x ` is ```x
    .map((line) => norm(line.replace(/^#+ /, '').replace(/(`+) ?(.+?) ?(?<!`)\1(?!`)/g, '$2').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')));

test('every Markdown page of site/docs/ is a page of the site, with its title and one h1', () => {
  assert.ok(sources.length >= 12, `${sources.length} pages`);
  for (const [name, { md, elements }] of pages) {
    const h1 = elements.filter((el) => el.tagName === 'h1');
    assert.equal(h1.length, 1, `${name}: one h1`);
    const title = norm(text(elements.find((el) => el.tagName === 'title')!));
    assert.equal(title, `${norm(text(h1[0]))} · nice-pick`, `${name}: <title>`);
    const firstLine = readFileSync(path.join(docs, md), 'utf8').split('\n')[0];
    assert.equal(norm(text(h1[0])), norm(firstLine.replace(/^# /, '').replace(/`/g, '')));
  }
});

test('each page lists every page, marks itself, and lists its own sections under "On this page"', () => {
  for (const [name, { md, elements }] of pages) {
    const nav = elements.find((el) => el.tagName === 'nav' && attr(el, 'aria-label') === 'Documentation')!;
    const links = [...walk(nav)].filter((el) => el.tagName === 'a');
    assert.deepEqual(links.map((a) => attr(a, 'href')).sort(), [...pages.keys()].sort(), `${name}: the pages`);
    assert.deepEqual(links.filter((a) => attr(a, 'aria-current') === 'page').map((a) => attr(a, 'href')), [name]);
    const toc = elements.find((el) => el.tagName === 'nav' && attr(el, 'aria-labelledby') === 'toc-title');
    assert.ok(toc, `${name}: has "On this page"`);
    const entries = [...walk(toc)].filter((el) => el.tagName === 'a').map((a) => norm(text(a)));
    assert.deepEqual(entries, headingsOf(md), `${name}: "On this page" lists the page's sections`);
  }
});

test('every link inside the site leads to a file, and every #fragment to an element with that id', () => {
  const broken: string[] = [];
  const ids = (file: string) => {
    const page = pages.get(file);
    return new Set(page ? page.elements.map((el) => attr(el, 'id')).filter(Boolean) : []);
  };
  for (const [name, { elements }] of pages) {
    for (const el of elements) {
      const href = el.tagName === 'a' ? attr(el, 'href') : ['img', 'script', 'link'].includes(el.tagName) ? attr(el, 'src') ?? attr(el, 'href') : undefined;
      if (!href || /^(https?:|mailto:)/.test(href)) continue;
      const [file, hash] = href.split('#');
      const target = file ? path.resolve(dist, file) : path.join(dist, name);
      const exists = existsSync(target.endsWith(path.sep) || !path.extname(target) ? path.join(target, 'index.html') : target);
      if (!exists) broken.push(`${name}: ${href} (no such file)`);
      else if (hash && !ids(file || name).has(hash)) broken.push(`${name}: ${href} (no element with that id)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the API tables are the manifest\'s: every attribute, event and part is named in the API and styling pages', () => {
  const manifest = JSON.parse(readFileSync(path.join(site, '../custom-elements.json'), 'utf8'));
  const declaration = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'nice-pick');
  const code = (name: string) => new Set(pages.get(name)!.elements.filter((el) => el.tagName === 'code').map((el) => text(el)));
  const api = code('api.html');
  const styling = code('styling.html');
  for (const { name } of [...declaration.attributes, ...declaration.events]) assert.ok(api.has(name), `api.html names ${name}`);
  for (const { name } of declaration.cssParts) assert.ok(styling.has(name), `styling.html names the part ${name}`);
  for (const { name } of declaration.cssProperties) assert.ok(styling.has(name), `styling.html names ${name}`);
});

test('a ```nice-pick block is a card rendered at build time: the comparison\'s text in a declarative shadow root', () => {
  for (const [page, file] of [['index.html', 'tabs-vs-spaces.json'], ['data-format.html', 'sqlite-vs-postgresql.json']]) {
    const comparison = JSON.parse(readFileSync(path.join(site, '../examples', file), 'utf8'));
    const card = pages.get(page)!.elements.find((el) => el.tagName === 'nice-pick');
    assert.ok(card, `${page} has a card`);
    const template = [...walk(card)].find((el) => el.tagName === 'template')!;
    assert.equal(attr(template, 'shadowrootmode'), 'open');
    const shown = norm(text((template as unknown as { content: Node }).content));
    for (const line of [comparison.title, ...comparison.options.flatMap((o: { name: string; pros: string[]; cons: string[] }) => [o.name, ...o.pros, ...o.cons])]) {
      assert.ok(shown.includes(line), `${page}: the card shows "${line}"`);
    }
    const data = [...walk(card)].find((el) => el.tagName === 'script' && attr(el, 'type') === 'application/json')!;
    assert.deepEqual(JSON.parse(text(data)), comparison, `${page}: the inline data is the file's`);
  }
});

test('each page\'s policy allows its own styles by hash and nothing inline else; the search index is built', () => {
  for (const [name, { html, elements }] of pages) {
    const policy = attr(elements.find((el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'Content-Security-Policy')!, 'content')!;
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    const allowed = policy.split(';').find((d) => d.trim().startsWith('style-src'))!.trim().split(/\s+/).slice(1);
    assert.deepEqual(allowed.sort(), ["'self'", ...new Set(styles)].sort(), `${name}: style-src`);
    assert.doesNotMatch(policy, /unsafe-inline/);
    assert.ok(!elements.some((el) => el.tagName === 'script' && !attr(el, 'src') && !/json/.test(attr(el, 'type') ?? '')), `${name}: no inline script`);
  }
  assert.ok(existsSync(path.join(dist, 'pagefind/pagefind.js')));
});
