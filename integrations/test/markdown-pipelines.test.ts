// The two pipelines that are code rather than a site: the plain unified one (remark-parse,
// remark-rehype, rehype-nice-pick, rehype-stringify: integrations/markdown/unified.mjs) and MDX
// compiled and run by @mdx-js/mdx, rendered by React's renderToStaticMarkup
// (integrations/markdown/mdx.mjs). Each on the shared page: every block is a card, and the page
// is valid HTML.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLib } from '../../test/node/helpers.js';
import { expectPageCards, pageBody, pagePath, validate } from './markdown.js';

let dir = '';
before(async () => {
  await buildLib(); // the plugin renders with nice-pick/server, the built lib/
  dir = mkdtempSync(join(tmpdir(), 'nice-pick-pipelines-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A fragment as a whole document, for the checker. */
const documentOf = (body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Picking tools</title></head><body>\n<h1>Picking tools for a small docs site</h1>\n${body}\n</body></html>\n`;

const pipelines = {
  unified: '../markdown/unified.mjs',
  'MDX (@mdx-js/mdx, then react-dom/server)': '../markdown/mdx.mjs',
};

for (const [name, module] of Object.entries(pipelines)) {
  test(`${name}: every block of the page is a card, and the page is valid HTML`, async () => {
    const { toHtml } = await import(module);
    // Front matter is for the site tools: these pipelines get the page without it.
    const html: string = await toHtml(pageBody(), pagePath);
    expectPageCards(html, name);
    const file = join(dir, `${name.split(' ')[0]}.html`);
    writeFileSync(file, documentOf(html));
    assert.deepEqual(await validate([file]), []);
  });
}
