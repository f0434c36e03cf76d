// The studio's Markdown snippet is a block the Markdown plugins read: for every template (and a
// comparison of hostile strings), the block the export panel copies, put in a page and built with
// markdown-it-nice-pick and with rehype-nice-pick, gives the card with the comparison inside, its
// inline JSON the comparison itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import markdownItNicePick from 'markdown-it-nice-pick';
import rehypeNicePick from 'rehype-nice-pick';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { snippets } from '../../studio/snippets.js';
import { templates } from '../../studio/templates.js';

const hostile = {
  title: '</script><script>alert(1)</script> vs <!-- ``` -->',
  options: [
    { name: '<img src=x onerror=alert(1)>', pros: ['```nice-pick', '</template>'], cons: [] },
    { name: 'B', pros: [], cons: ['{{ 7 * 7 }}'], url: 'javascript:alert(1)' },
  ],
};

const block = (data: unknown) =>
  snippets({ data, scriptUrl: 'https://cdn.example/nice-pick.js', viewerUrl: 'https://x.example/embed/', studioUrl: 'https://x.example/studio/', shareData: 'x', theme: 'auto' }).markdown;

/** The inline JSON of each card in a page's HTML. */
const inlineData = (html: string) =>
  [...html.matchAll(/<nice-pick[^>]*>[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json));

const builds = {
  'markdown-it-nice-pick': (page: string) => new MarkdownIt().use(markdownItNicePick).render(page),
  'rehype-nice-pick': async (page: string) =>
    String(await unified().use(remarkParse).use(remarkRehype).use(rehypeNicePick).use(rehypeStringify).process(page)),
};

for (const [name, build] of Object.entries(builds)) {
  test(`${name}: the studio's Markdown block of every template, and of hostile strings, is the card`, async () => {
    for (const data of [...templates.map((t) => t.comparison), hostile]) {
      const html = await build(`# A page\n\n${block(data)}\nAfter the card.\n`);
      const cards = inlineData(html);
      assert.equal(cards.length, 1, `one card for ${JSON.stringify(data).slice(0, 60)}`);
      assert.deepEqual(cards[0], data, 'the inline JSON is the comparison');
      assert.match(html, /<template shadowrootmode="open">/);
      assert.match(html, /<p>After the card\.<\/p>/, 'the page goes on after the block');
      assert.doesNotMatch(html, /<script>alert|<img src=x|href="javascript:/, 'nothing from the data is markup');
    }
  });
}
