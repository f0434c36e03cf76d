// Real site builds of the shared page (integrations/markdown/content/index.md), each with its
// tool's own build and the config the recipes in site/docs/markdown.md quote: Astro with
// Starlight (rehype-nice-pick), VitePress and Eleventy (markdown-it-nice-pick). Each built page
// holds every block as a card (test/markdown.ts), leaves other fences to the tool's highlighter,
// and is valid HTML per the Nu HTML Checker. Eleventy's site is written to integrations/markdown/built/
// (not committed) for the browser test, markdown/javascript-off.test.ts, which opens it with scripts
// off in every engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLib } from '../../test/node/helpers.js';
import { expectPageCards, validate } from './markdown.js';
import { integrations } from './packages.js';

const content = join(integrations, 'markdown/content');
let scratch = '';

before(async () => {
  await buildLib(); // the plugins render with nice-pick/server, the built lib/
  scratch = mkdtempSync(join(tmpdir(), 'nice-pick-sites-'));
});
after(() => {
  rmSync(scratch, { recursive: true, force: true });
  // What the tools leave in their folders whatever the options.
  rmSync(join(integrations, 'starlight/.astro'), { recursive: true, force: true });
  for (const dir of ['dist', 'cache', '.temp']) rmSync(join(integrations, 'vitepress/.vitepress', dir), { recursive: true, force: true });
});

test('Astro with Starlight: the cards are made before Expressive Code sees the fences', async () => {
  process.env.ASTRO_TELEMETRY_DISABLED = '1'; // no network here, and none wanted
  const { build } = await import('astro');
  const out = (name: string) => join(scratch, 'starlight', name);
  await build({ root: join(integrations, 'starlight'), outDir: out('dist'), cacheDir: out('astro'), vite: { cacheDir: out('vite') }, logLevel: 'error' });
  const page = out('dist/index.html');
  const html = readFileSync(page, 'utf8');
  expectPageCards(html, 'Starlight');
  // The sh fence is still Expressive Code's.
  assert.match(html, /<div class="expressive-code[^"]*">[\s\S]*?<pre data-language="sh"/, 'Expressive Code still renders the other fences');
  assert.deepEqual(
    await validate([page], [
      // Starlight's own sidebar (<sl-sidebar-state-persist>) writes <script aria-hidden="true">.
      /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
      // Expressive Code's own block for the sh fence: a <div> per line inside <code>, a <div> in
      // its copy button, and style="--0:#…" custom properties the checker's CSS parser rejects.
      // (The cards hold no <code> and no <button>, and pass the checker in the other builds.)
      /^Element “div” not allowed as child of element “(code|button)” in this context\./,
      /^CSS: “--”: Parse Error\.$/,
    ]),
    [],
  );
});

test('VitePress: markdown.config adds the plugin, Shiki keeps the other fences, Vue leaves the cards as written', async () => {
  const { build } = await import('vitepress');
  const root = join(integrations, 'vitepress');
  await build(root);
  const page = join(root, '.vitepress/dist/index.html');
  const html = readFileSync(page, 'utf8');
  expectPageCards(html, 'VitePress');
  assert.match(html, /<div class="language-sh[^"]*">[\s\S]*?<pre class="shiki/, 'Shiki still highlights the other fences');
  assert.deepEqual(
    await validate([page], [
      // VitePress's default theme does not show the front matter's title: the shared page, whose
      // headings start at ## as Starlight puts the title in an <h1>, has no level-1 heading here.
      /^This document has heading elements but none of them has a computed heading level of 1\.$/,
    ]),
    [],
  );
});

test('Eleventy with markdown-it: amendLibrary adds the plugin, other fences stay code', async () => {
  // @ts-expect-error: Eleventy ships no type declarations
  const { default: Eleventy } = await import('@11ty/eleventy');
  const out = join(integrations, 'markdown/built/eleventy'); // kept for the browser test
  rmSync(out, { recursive: true, force: true });
  const eleventy = new Eleventy(content, out, { configPath: join(integrations, 'eleventy-markdown/eleventy.config.js'), quietMode: true });
  await eleventy.write();
  const page = join(out, 'index.html');
  const html = readFileSync(page, 'utf8');
  expectPageCards(html, 'Eleventy');
  assert.match(html, /<pre><code class="language-sh">npm install --save-dev rehype-nice-pick\n<\/code><\/pre>/, 'markdown-it still writes the other fences');
  assert.deepEqual(await validate([page]), []);
});
