// Solid (frameworks/solid-*.tsx, recipes/solid.tsx): JSX compiled by Solid's own compiler, as vite-plugin-solid
// does: esbuild strips the types and keeps the JSX, then babel-preset-solid turns it into DOM
// code (dev build). `solid-js` and `solid-js/web` are resolved with the browser's conditions:
// otherwise Node's condition picks the server build.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { browserExport, fileOf, frameworks, recipes, require } from './paths.mjs';

const isSolidApp = (file) =>
  (/^solid-.*\.tsx$/.test(path.basename(file)) && path.dirname(file) === frameworks) || file === path.join(recipes, 'solid.tsx');

export function solidPlugin() {
  return {
    name: 'nice-pick-solid',
    resolveImport({ source }) {
      return /^solid-js(\/.*)?$/.test(source) ? browserExport(source) : undefined;
    },
    async serve(context) {
      const file = fileOf(context.path);
      if (!isSolidApp(file) || !existsSync(file)) return undefined;
      const { transform } = await import('esbuild');
      const stripped = await transform(await readFile(file, 'utf8'), { loader: 'tsx', jsx: 'preserve', target: 'es2022', sourcefile: file });
      const { code } = require('@babel/core').transformSync(stripped.code, {
        filename: file,
        presets: [[require.resolve('babel-preset-solid'), { generate: 'dom', dev: true }]],
        babelrc: false,
        configFile: false,
      });
      return { body: code, type: 'js' };
    },
  };
}
