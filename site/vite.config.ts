// The site's build: every page of site/ (the landing page, the viewer in embed/) into site/dist/,
// each URL relative (`base: './'`), so the folder works from any sub-path. The element is the
// shipped bundle, dist/nice-pick.js at the repository root, copied as it is to
// site/dist/nice-pick.js (site/scripts/build.mjs makes sure it is built and fresh first).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** dist/nice-pick.js, the element as shipped, beside the site's pages. */
const elementBundle = (): Plugin => ({
  name: 'nice-pick-element-bundle',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'nice-pick.js', source: readFileSync(here('../dist/nice-pick.js')) });
  },
});

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [elementBundle()],
  build: {
    target: 'es2022',
    outDir: here('dist'),
    emptyOutDir: true,
    // the policy has no inline script: Vite's module-preload polyfill would be one
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: here('index.html'),
        embed: here('embed/index.html'),
        // the studio (site/studio/, README "The studio")
        studio: here('studio/index.html'),
      },
    },
  },
});
