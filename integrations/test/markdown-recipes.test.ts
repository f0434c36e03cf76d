// site/docs/markdown.md quotes its recipes from the config files the Markdown site tests build:
// each `<!-- snippet:FILE#recipe -->` marker (filled by the root's `npm run docs`, scripts/docs.mjs)
// holds a fenced block that must be FILE's `#region recipe` … `#endregion recipe` lines exactly,
// and every such region is quoted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './packages.js';
// @ts-expect-error: a plain .mjs script without types
import { region as docsRegion } from '../../scripts/docs.mjs';

const DOC = 'site/docs/markdown.md';
const FILES = [
  'integrations/markdown/unified.mjs',
  'integrations/markdown/mdx.mjs',
  'integrations/starlight/astro.config.mjs',
  'integrations/vitepress/recipe.mjs',
  'integrations/eleventy-markdown/eleventy.config.js',
  'integrations/docusaurus/docusaurus.config.js',
];

/** The lines between `// #region recipe` and `// #endregion recipe`, as `npm run docs` quotes them. */
function region(file: string): string {
  const text = readFileSync(join(repo, file), 'utf8');
  assert.match(text, /^\/\/ #region recipe$/m, `${file} marks its recipe with // #region recipe … // #endregion recipe`);
  return `${docsRegion(text, 'recipe', file)}\n`;
}

/** The doc's quoted recipes, by file. */
function quoted(): Map<string, string> {
  const doc = readFileSync(join(repo, DOC), 'utf8');
  const recipes = new Map<string, string>();
  for (const [, file, body] of doc.matchAll(/^<!-- snippet:(\S+)#recipe -->\n```\w*\n([\s\S]*?)^```$/gm)) {
    assert.ok(!recipes.has(file), `${DOC} quotes ${file} once`);
    recipes.set(file, body);
  }
  return recipes;
}

test(`${DOC}: every recipe is its tested file's region, word for word`, () => {
  const recipes = quoted();
  assert.deepEqual([...recipes.keys()].sort(), [...FILES].sort(), 'one recipe for each tested config');
  for (const file of FILES) assert.equal(recipes.get(file), region(file), `${DOC}'s recipe differs from ${file}'s region: copy the region`);
});
