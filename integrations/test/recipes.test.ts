// The Svelte recipe of site/docs/frameworks.md (recipes/svelte.svelte), type-checked as an app's
// would be: svelte-check, with `nice-pick/svelte` imported once as the docs say
// (recipes/svelte-env.d.ts, an app's src/app.d.ts), finds no error and no warning. (tsc checks the .ts and .tsx recipes with integrations/tsconfig.json;
// recipes/recipes.test.ts runs them all.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { frameworkPaths, integrations, packageDir, scratch } from './packages.js';

test('svelte-check: the Svelte recipe has no error and no warning', () => {
  const tmp = scratch('recipes-svelte');
  try {
    const recipe = path.join(integrations, 'recipes/svelte.svelte');
    const compilerOptions = { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', strict: true, verbatimModuleSyntax: true, skipLibCheck: true, noEmit: true };
    tmp.write('svelte.config.js', 'export default {};\n'); // else svelte-check reads the repo's vite.config.ts
    tmp.write('tsconfig.json', JSON.stringify({ compilerOptions: { ...compilerOptions, paths: frameworkPaths() }, files: [recipe, path.join(integrations, 'recipes/svelte-env.d.ts')] }));
    const cli = path.join(packageDir('svelte-check'), 'bin/svelte-check');
    const run = spawnSync(process.execPath, [cli, '--workspace', path.dirname(recipe), '--tsconfig', path.join(tmp.dir, 'tsconfig.json'), '--output', 'machine'], {
      cwd: tmp.dir,
      encoding: 'utf8',
    });
    const output = `${run.stdout}${run.stderr}`;
    assert.match(output, /COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/, `svelte-check:\n${output}`);
  } finally {
    tmp.remove();
  }
});
