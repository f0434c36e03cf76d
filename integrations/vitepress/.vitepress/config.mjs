// A VitePress site whose one page is integrations/markdown/content/index.md (srcDir), with the
// recipe's config (../recipe.mjs): its ```nice-pick blocks become cards at build time through
// markdown-it-nice-pick. Built by integrations/test/markdown-sites.test.ts.
import recipe from '../recipe.mjs';

export default { ...recipe, title: 'Docs', srcDir: '../markdown/content' };
