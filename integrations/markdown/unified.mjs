// The plain unified pipeline of site/docs/markdown.md: Markdown in, HTML out, the cards made by
// rehype-nice-pick. integrations/test/markdown-pipelines.test.ts runs it on content/index.md.
// #region recipe
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeNicePick from 'rehype-nice-pick';

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeNicePick)
  .use(rehypeStringify);
// #endregion recipe

/** The HTML of `markdown`; `path` is the Markdown file's, so a src= block is read beside it. */
export async function toHtml(markdown, path) {
  return String(await processor.process({ value: markdown, path }));
}
