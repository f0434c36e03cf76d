// Svelte 5 (frameworks/svelte-app.svelte): a request for a .svelte file gets the component
// compiled by svelte/compiler for the browser (generate: 'client', dev: true for Svelte's runtime
// checks and warnings), served as JS. Its imports are bare `svelte/internal/client` and
// `svelte/internal/disclose-version`; Svelte's runtime imports `svelte` and `esm-env`, whose
// package exports choose the build by condition: `svelte` is the server build (mount() throws)
// and `esm-env/browser` is false unless the `browser` condition is on. So those two packages are
// resolved with the browser's conditions; everything else in them goes through nodeResolve.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { browserExport, fileOf, root } from './paths.mjs';

const browserPackages = /^(svelte|esm-env)(\/.*)?$/;

export function sveltePlugin() {
  return {
    name: 'nice-pick-svelte',
    resolveImport({ source, context }) {
      if (browserPackages.test(source)) return browserExport(source);
      // like the esbuild plugin for .ts files: `../../src/index.js` in a component means index.ts
      if (context.path.endsWith('.svelte') && source.startsWith('.') && source.endsWith('.js')) {
        const ts = `${source.slice(0, -'.js'.length)}.ts`;
        if (existsSync(path.join(path.dirname(fileOf(context.path)), ts))) return ts;
      }
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.svelte')) return undefined;
      const file = fileOf(context.path);
      if (!file.startsWith(root) || !existsSync(file)) return undefined;
      const { compile } = await import('svelte/compiler');
      const filename = path.relative(root, file);
      const { js, warnings } = compile(await readFile(file, 'utf8'), { generate: 'client', dev: true, filename });
      // a compiler warning (a11y, deprecated syntax...) fails the request, so it is never missed
      if (warnings.length) throw new Error(warnings.map((w) => `${filename}: ${w.code}: ${w.message}`).join('\n'));
      return { body: js.code, type: 'js' };
    },
  };
}
