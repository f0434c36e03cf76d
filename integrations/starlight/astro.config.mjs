// A Starlight docs site whose one page, integrations/markdown/content/index.md (src/content.config.ts
// loads it), has ```nice-pick blocks: rehype-nice-pick makes them cards at build time. Built by
// integrations/test/markdown-sites.test.ts.
// #region recipe
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import rehypeNicePick from 'rehype-nice-pick';

export default defineConfig({
  integrations: [starlight({ title: 'Docs' })],
  markdown: {
    // Astro runs these before the plugins that integrations add, so the cards are made before
    // Starlight's code highlighter (Expressive Code) sees the nice-pick fences.
    rehypePlugins: [rehypeNicePick],
  },
});
// #endregion recipe
