// A Docusaurus site whose docs are integrations/markdown/content (the page every Markdown site of
// integrations/ shares): rehype-nice-pick makes its ```nice-pick blocks cards at build time.
// Built by integrations/test/markdown-docusaurus.test.ts.
// #region recipe
import rehypeNicePick from 'rehype-nice-pick';

export default {
  title: 'Docs',
  url: 'https://docs.example.com',
  baseUrl: '/',
  presets: [
    [
      'classic',
      {
        docs: {
          path: '../markdown/content',
          routeBasePath: '/',
          // Docusaurus runs these before its own code blocks, so the cards are made first.
          rehypePlugins: [rehypeNicePick],
        },
        blog: false,
        pages: false,
      },
    ],
  ],
};
// #endregion recipe
