// The docs site: every page of site/docs/ (Markdown, readable on GitHub as it is) into
// site/dist/docs/NAME.html, with a contents sidebar, an "On this page" list of its sections, and
// live cards: a ```nice-pick block becomes the server-rendered card through our own rehype plugin
// (packages/rehype-nice-pick), so a page shows it with no script. Then Pagefind indexes the pages
// for the search box (site/dist/docs/pagefind/, loaded only when a reader searches).
//   node scripts/build-docs.mjs        (site/scripts/build.mjs runs it after Vite)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toString } from 'hast-util-to-string';
import rehypeNicePick from 'rehype-nice-pick';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

const site = fileURLToPath(new URL('..', import.meta.url));
const root = path.join(site, '..');
const source = path.join(site, 'docs');
const out = path.join(site, 'dist/docs');

/** The pages in the sidebar's order, by file; README.md is the docs' home, index.html. */
export const PAGES = [
  ['README.md', 'Documentation'],
  ['getting-started.md', 'Getting started'],
  ['studio.md', 'The studio'],
  ['data-format.md', 'The data format'],
  ['styling.md', 'Styling'],
  ['frameworks.md', 'Frameworks'],
  ['markdown.md', 'Markdown and static sites'],
  ['wordpress.md', 'WordPress'],
  ['server-rendering.md', 'Server rendering'],
  ['cli.md', 'The command line'],
  ['safety.md', 'Safety and CSP'],
  ['performance.md', 'Size and performance'],
  ['api.md', 'API reference'],
];

export const htmlName = (file) => (file === 'README.md' ? 'index.html' : file.replace(/\.md$/, '.html'));

/**
 * Links as the built site needs them: another page's `x.md#a` is `x.html#a`; the studio and the
 * viewer are the site's own pages; an image is copied beside the pages; any other file of the
 * repository is not part of the site, so its link becomes its text (the path, in code).
 */
function rehypeSiteLinks({ file: page }) {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      const value = attribute && node.properties[attribute];
      if (typeof value !== 'string' || /^(https?:|mailto:|#)/.test(value)) return;
      const [target, hash] = value.split('#');
      const resolved = path.resolve(path.dirname(page), decodeURI(target));
      const suffix = hash ? `#${hash}` : '';
      if (path.dirname(resolved) === source && resolved.endsWith('.md')) {
        node.properties.href = htmlName(path.basename(resolved)) + suffix;
      } else if (node.tagName === 'img') {
        const name = path.basename(resolved);
        mkdirSync(path.join(out, 'images'), { recursive: true });
        copyFileSync(resolved, path.join(out, 'images', name));
        node.properties.src = `images/${name}`;
      } else if (resolved === path.join(site, 'studio') || resolved === path.join(site, 'embed')) {
        node.properties.href = `../${path.basename(resolved)}/${suffix}`;
      } else {
        // a file of the repository (src/comparison.ts, site/README.md): named, not linked
        parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['repo-path'] }, children: node.children };
      }
    });
  };
}

/**
 * Wide content scrolls sideways on a phone: a code block can take the keyboard's focus (so it can
 * be scrolled without a mouse), and a table sits in a focusable region named by what introduces it.
 */
function rehypeScrollable() {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'pre') node.properties.tabIndex = 0;
      if (node.tagName === 'table' && !parent.properties?.className?.includes('scroll')) {
        // named by the paragraph or heading that introduces it ("An option (Option):"), else its header row
        const before = parent.children.slice(0, index).reverse().find((child) => child.type === 'element');
        const intro = before && /^(p|h[2-6])$/.test(before.tagName) ? toString(before) : '';
        const header = toString(node.children.find((child) => child.tagName === 'thead') ?? node);
        const name = (intro || header).replace(/\s+/g, ' ').replace(/:$/, '').trim().slice(0, 100);
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table: ${name}` },
          children: [node],
        };
      }
    });
  };
}

/** The page's sections (its h2 and h3, with the ids rehype-slug gave them), for "On this page". */
function sectionsOf(tree) {
  const sections = [];
  visit(tree, 'element', (node) => {
    if ((node.tagName === 'h2' || node.tagName === 'h3') && node.properties.id) {
      sections.push({ level: Number(node.tagName[1]), id: node.properties.id, text: toString(node) });
    }
  });
  return sections;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page's policy: its own scripts and styles only, each <style> of the page (the static cards'
 * stylesheet, the same in every card) by its hash, and Pagefind's search, which compiles
 * WebAssembly.
 */
function policyFor(body) {
  const hashes = new Set([...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`));
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ['style-src', "'self'", ...hashes].join(' '),
    "img-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function layout({ file, title, body, sections }) {
  const nav = PAGES.filter(([name]) => available.has(name))
    .map(([name, label]) => `<li><a href="${htmlName(name)}"${name === file ? ' aria-current="page"' : ''}>${escape(label)}</a></li>`)
    .join('\n          ');
  const toc = sections.length
    ? `<nav class="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">On this page</h2>
        <ul>
          ${sections.map((s) => `<li class="level-${s.level}"><a href="#${escape(s.id)}">${escape(s.text)}</a></li>`).join('\n          ')}
        </ul>
      </nav>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policyFor(body)}" />
    <title>${escape(title)} · nice-pick</title>
    <link rel="stylesheet" href="docs.css" />
    <script type="module" src="search.js"></script>
  </head>
  <body>
    <a class="skip" href="#content">Skip to the content</a>
    <header class="top">
      <a class="brand" href="index.html">nice-pick</a>
      <nav aria-label="Site">
        <a href="../studio/">Studio</a>
        <a href="index.html">Docs</a>
      </nav>
      <div class="search" role="search">
        <label for="search-input">Search the docs</label>
        <input id="search-input" type="search" autocomplete="off" aria-controls="search-results" />
        <div id="search-results" aria-live="polite"></div>
      </div>
    </header>
    <div class="layout">
      <nav class="pages" aria-label="Documentation">
        <ul>
          ${nav}
        </ul>
      </nav>
      <main id="content" data-pagefind-body>
${body}
      </main>
      ${toc}
    </div>
  </body>
</html>
`;
}

/** The Markdown files of site/docs/ that are pages of the site. */
const available = new Set(readdirSync(source).filter((name) => name.endsWith('.md')));

export async function buildDocs() {
  const unknown = [...available].filter((name) => !PAGES.some(([file]) => file === name));
  if (unknown.length) throw new Error(`site/docs/${unknown[0]} is not in PAGES (site/scripts/build-docs.mjs): add it to the sidebar`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const [file] of PAGES.filter(([name]) => available.has(name))) {
    const vfile = new VFile({ path: path.join(source, file), value: readFileSync(path.join(source, file), 'utf8') });
    let sections = [];
    let title = '';
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      // a card's src= is relative to the page's Markdown file, and may read the whole repository
      .use(rehypeNicePick, { root })
      .use(rehypeSlug)
      .use(rehypeSiteLinks, { file: vfile.path })
      .use(rehypeScrollable)
      .use(() => (tree) => {
        sections = sectionsOf(tree);
        visit(tree, 'element', (node) => {
          if (!title && node.tagName === 'h1') title = toString(node);
        });
      })
      .use(rehypeStringify);
    const body = String(await processor.process(vfile));
    writeFileSync(path.join(out, htmlName(file)), layout({ file, title, body, sections }));
    written.push(htmlName(file));
  }
  copyFileSync(path.join(site, 'docs-site/docs.css'), path.join(out, 'docs.css'));
  copyFileSync(path.join(site, 'docs-site/search.js'), path.join(out, 'search.js'));
  // The search index: Pagefind reads the built pages (only <main>, marked data-pagefind-body).
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length || added.page_count !== written.length) throw new Error(`pagefind indexed ${added.page_count} of ${written.length} pages: ${added.errors.join('; ')}`);
  const files = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
  if (files.errors.length) throw new Error(`pagefind: ${files.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind also writes its ready-made search UIs; the pages use its API from search.js instead.
  for (const name of readdirSync(path.join(out, 'pagefind'))) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(path.join(out, 'pagefind', name));
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = await buildDocs();
  console.log(`[site] docs: ${pages.length} pages written to site/dist/docs/`);
}
