// Vue's default entry (esm-bundler) reads process.env: serve its browser build instead, the full
// one, with the template compiler, so the test app (frameworks/vue-app.ts) can use a template.
import path from 'node:path';
import { packageDir, root } from './paths.mjs';

export function vuePlugin() {
  let url;
  return {
    name: 'nice-pick-vue-browser-build',
    resolveImport({ source }) {
      if (source !== 'vue') return undefined;
      url ??= `/${path.relative(root, path.join(packageDir('vue'), 'dist/vue.esm-browser.js')).split(path.sep).join('/')}`;
      return url;
    },
  };
}
