// The framework proofs: frameworks/*.test.ts and the docs' recipes (recipes/recipes.test.ts) in
// Chromium, Firefox and WebKit, each app compiled as its framework's own tooling would (plugins/);
// and markdown/*.test.ts, a built Markdown site (written by test/markdown-sites.test.ts, which runs
// first) read with JavaScript off. Run through `npm run test:integrations` at the repo root
// (scripts/test.mjs --project integrations). The repo root is the server's root, so the apps import
// ../../src/ and ../../test/fixtures.ts as they are (the recipes import `nice-pick`, the built
// lib/, by name) and the built page is /integrations/markdown/built/…; browsers, groups and the
// test routes are the element's own (../test/support/).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { engineGroups, jsonModules, shared, summaryLineReporter, testMiddleware } from '../test/support/wtr.mjs';
import { angularPlugin } from './plugins/angular.mjs';
import { reactPlugin } from './plugins/react.mjs';
import { solidPlugin } from './plugins/solid.mjs';
import { writeStudioSnippets } from './plugins/studio-snippets.mjs';
import { sveltePlugin } from './plugins/svelte.mjs';
import { vuePlugin } from './plugins/vue.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

// the studio's React, Vue and Svelte snippets as files, for frameworks/studio-snippets.test.ts
await writeStudioSnippets();

export default {
  ...shared,
  rootDir: here('../'),
  // absolute: wtr globs a group's files from the working directory, whichever it is
  groups: engineGroups({ files: [here('./frameworks/*.test.ts'), here('./recipes/*.test.ts'), here('./markdown/*.test.ts')] }),
  plugins: [
    // .ts and .tsx (JSX as React 19 compiles it: tsconfig.json's "jsx": "react-jsx")
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: here('./tsconfig.json') }),
    vuePlugin(),
    reactPlugin(),
    sveltePlugin(),
    solidPlugin(),
    angularPlugin(),
    // the studio's templates (studio-snippets.test.ts) import examples/*.json, as Vite builds them
    jsonModules(here('../')),
  ],
  middleware: [
    testMiddleware,
    // /comparisons/NAME.json, the address the plain HTML recipe gives its card: fixtures/NAME.json
    (ctx, next) => {
      const name = /^\/comparisons\/([\w-]+\.json)$/.exec(ctx.path)?.[1];
      if (name) ctx.url = `/fixtures/${name}`;
      return next();
    },
  ],
  reporters: [defaultReporter(), summaryLineReporter()],
};
