// The VitePress config of site/docs/markdown.md (a site's .vitepress/config.mjs), which this
// folder's .vitepress/config.mjs uses with the shared page as its source.
// #region recipe
import { defineConfig } from 'vitepress';
import markdownItNicePick from 'markdown-it-nice-pick';

// VitePress compiles each page as a Vue template, which would escape the card's inline JSON and
// styles: give Vue each card's contents as raw HTML (v-html), which it writes out untouched.
function cardsAsRawHtml(md) {
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (...args) => {
    const html = fence(...args);
    const card = /^<nice-pick([^>]*)>([\s\S]*)<\/nice-pick>\s*$/.exec(html);
    if (!card) return html;
    return `<nice-pick${card[1]} v-html="${md.utils.escapeHtml(JSON.stringify(card[2]))}"></nice-pick>\n`;
  };
}

export default defineConfig({
  markdown: {
    // Runs after VitePress's own plugins: the nice-pick fences become cards, and every other
    // fence goes on to VitePress's highlighter (Shiki) as before.
    config: (md) => md.use(markdownItNicePick).use(cardsAsRawHtml),
  },
  // <nice-pick> is an element of the page, not a Vue component.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'nice-pick' } } },
});
// #endregion recipe
