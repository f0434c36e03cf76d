// An Eleventy site whose one page is integrations/markdown/content/index.md (the input folder the
// test gives): Eleventy's markdown-it, amended with markdown-it-nice-pick, makes its ```nice-pick
// blocks cards at build time. Built by integrations/test/markdown-sites.test.ts.
// #region recipe
import markdownItNicePick from 'markdown-it-nice-pick';

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary('md', (md) => md.use(markdownItNicePick));
  eleventyConfig.addGlobalData('layout', 'page.njk'); // a whole HTML page around each card
}
// #endregion recipe

// The layout is this folder's, the page the shared one (input folder: integrations/markdown/content).
export const config = {
  dir: { includes: '../../eleventy-markdown/_includes' }, // relative to the input folder
};
