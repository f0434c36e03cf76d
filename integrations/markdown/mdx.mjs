// MDX, compiled and run with @mdx-js/mdx and rendered to HTML with React's server renderer, as
// site/docs/markdown.md shows. integrations/test/markdown-pipelines.test.ts runs it on content/index.md.
import { renderToStaticMarkup } from 'react-dom/server';
// #region recipe
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import rehypeNicePick from 'rehype-nice-pick';

/** The MDX page `file` (a VFile or { value, path }) as a React component. */
export async function compilePage(file) {
  const { default: Page } = await evaluate(file, { ...runtime, rehypePlugins: [rehypeNicePick] });
  return Page;
}
// #endregion recipe

/** The HTML of the MDX `value`, read as the file `path` (src= blocks resolve beside it). */
export async function toHtml(value, path) {
  const Page = await compilePage({ value, path });
  return renderToStaticMarkup(runtime.jsx(Page, {}));
}
