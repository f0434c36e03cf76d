// examples/eleventy/ (the README's Eleventy snippet) built by Eleventy itself, programmatically:
// the page holds the finished card, a declarative shadow root, as renderComparison makes it.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderComparison } from '../../src/server.js';
import { expectPageHasCard } from './html.js';
import { buildLib, root } from './helpers.js';

// The example imports nice-pick/server as users do: the built package, lib/.
before(buildLib);

test('the Eleventy example: the shortcode writes the card into the page', async () => {
  const example = join(root, 'examples/eleventy');
  // @ts-expect-error: Eleventy ships no type declarations
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(example, join(example, '_site'), {
    configPath: join(example, 'eleventy.config.js'),
    quietMode: true,
  });
  const pages: { url: string; content: string }[] = await eleventy.toJSON();
  assert.deepEqual(
    pages.map((page) => page.url),
    ['/'],
  );
  const data = JSON.parse(readFileSync(join(example, '_data/comparisons/gpu-vs-tpu.json'), 'utf8'));
  expectPageHasCard(pages[0].content, renderComparison(data, { headingLevel: 2 }), data.title);
});
