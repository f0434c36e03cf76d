// rehype-nice-pick in the pipelines users run: remark-parse + remark-rehype + rehype-nice-pick +
// rehype-stringify (with and without allowDangerousHtml), and MDX (@mdx-js/mdx compiled, run and
// rendered with React's renderToString). The suite every plugin passes is ../../test-support.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, run } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeNicePick from 'rehype-nice-pick';
import type { MarkdownOptions } from 'nice-pick/markdown';
import { cards, expectStaticCard, fence, fixtures, hostile, inlineData, pluginSuite, renderError, small, toYaml } from '../../test-support.js';

/** Markdown to HTML through unified, the file named when given. */
async function html(markdown: string, options?: MarkdownOptions, file?: string, dangerous = false): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: dangerous })
    .use(rehypeNicePick, options)
    .use(rehypeStringify, { allowDangerousHtml: dangerous });
  return String(await processor.process(new VFile({ value: markdown, path: file })));
}

/** MDX compiled, run and rendered by React: the HTML a Docusaurus or Next.js page gets. */
async function mdx(markdown: string, options?: MarkdownOptions, file?: string): Promise<string> {
  const code = await compile(new VFile({ value: markdown, path: file }), { outputFormat: 'function-body', rehypePlugins: [[rehypeNicePick, options]] });
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return renderToString(runtime.jsx(Content, {}));
}

pluginSuite('rehype-nice-pick (rehype-stringify)', html);
pluginSuite('rehype-nice-pick (rehype-stringify, allowDangerousHtml)', (m, o, f) => html(m, o, f, true));
pluginSuite('rehype-nice-pick (MDX + React renderToString)', mdx);

describe('rehype-nice-pick: what only the unified pipelines have', () => {
  test('the card is real hast: the same HTML with and without allowDangerousHtml', async () => {
    const markdown = `## A\n\n${fence(toYaml(hostile))}\n${fence(JSON.stringify(small), '')}`;
    assert.equal(await html(markdown), await html(markdown, {}, undefined, true));
  });

  test('MDX: the card as renderComparison makes it, with the JSON and the styles unescaped, in .mdx with JSX around it', async () => {
    const data = fixtures.get('gpu-vs-tpu.json');
    const page = await mdx(`export const Note = (props) => <aside>{props.children}</aside>\n\n# GPUs\n\n<Note>Before</Note>\n\n${fence(toYaml(data))}`);
    assert.match(page, /<aside>Before<\/aside>\n<nice-pick theme="auto" heading-level="2">\n<template shadowrootmode="open"><style>/);
    expectStaticCard(cards(page)[0], data, 'MDX');
  });

  test('MDX: the file path is file.path, the line the fence\'s', async () => {
    const error = await renderError(mdx, `# T\n\n${fence('options: 1')}`, {}, '/site/docs/intro.mdx');
    assert.equal(error.message, '/site/docs/intro.mdx:3: nice-pick block: not a valid comparison:\n  options: expected an array of 2 to 4 options, got a number');
  });

  test('the build error is a fatal VFileMessage on the file, so reporters place it', async () => {
    const file = new VFile({ value: `x\n\n${fence('options: 1')}`, path: 'docs/a.md' });
    const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeNicePick).use(rehypeStringify);
    await assert.rejects(processor.process(file), (error: { fatal?: boolean; line?: number; source?: string; ruleId?: string }) => {
      assert.equal(error.fatal, true);
      assert.equal(error.line, 3);
      assert.equal(error.source, 'rehype-nice-pick');
      assert.equal(error.ruleId, 'invalid');
      return true;
    });
    assert.equal(file.messages.length, 1);
  });

  test('the info string as remark-rehype passes it (code.data.meta)', async () => {
    const error = await renderError(html, fence('', 'src="x.json" theme=dark'));
    assert.match(error.message, /unknown attribute theme in the info string/);
  });

  test('a block inside a list or a quote is found too', async () => {
    const indented = fence(JSON.stringify(small)).replace(/^/gm, '  ');
    assert.deepEqual(cards(await html(`- item\n\n${indented}`)).map(inlineData), [small]);
    assert.deepEqual(cards(await html(fence(JSON.stringify(small)).replace(/^/gm, '> '))).map(inlineData), [small]);
  });
});
