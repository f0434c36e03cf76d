// integrations/eleventy/ (its files are the docs' Eleventy snippets) built by Eleventy itself,
// programmatically: both pages (Nunjucks and Markdown) hold the finished card, a declarative
// shadow root, exactly as renderComparison makes it.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderComparison } from '../../src/server.js';
import { expectPageHasCard } from '../../test/node/html.js';
import { buildLib, root } from '../../test/node/helpers.js';

// The example imports nice-pick/server as users do: the built package, lib/.
before(buildLib);

test('the Eleventy example: the shortcode writes the card into a Nunjucks and a Markdown page', async () => {
  const example = join(root, 'integrations/eleventy');
  // @ts-expect-error: Eleventy ships no type declarations
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(example, join(example, '_site'), {
    configPath: join(example, 'eleventy.config.js'),
    quietMode: true,
  });
  const pages: { url: string; content: string }[] = await eleventy.toJSON();
  pages.sort((a, b) => a.url.localeCompare(b.url));
  assert.deepEqual(
    pages.map((page) => page.url),
    ['/', '/post/'],
  );
  const data = JSON.parse(readFileSync(join(example, '_data/comparisons/gpuVsTpu.json'), 'utf8'));
  // index.njk passes options (Nunjucks takes an object); post.md, in Liquid, does not.
  expectPageHasCard(pages[0].content, renderComparison(data, { headingLevel: 2 }), data.title);
  expectPageHasCard(pages[1].content, renderComparison(data), data.title);
  // Markdown still did its own work around the card.
  assert.match(pages[1].content, /<p>We train on GPUs\. Here is why, in <em>one<\/em> card:<\/p>/);
  assert.match(pages[1].content, /<p>Questions\? Write to us\.<\/p>/);
});
