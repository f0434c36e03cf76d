// Vue's template type checking (Volar, through vue-tsc) of <nice-pick> in real .vue files: the
// GlobalComponents typing of nice-pick/vue (src/vue.d.ts) is what vue-tsc gives the tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { frameworkPaths, packageDir, repo, scratch } from './packages.js';

/** vue-tsc on a project of integrations/types/vue-sfc, with `paths` to the frameworks found from here. */
const vueTsc = (project: string) => {
  const tmp = scratch('vue-sfc');
  try {
    const config = { extends: path.join(repo, project), compilerOptions: { paths: frameworkPaths() } };
    const run = spawnSync(process.execPath, [path.join(packageDir('vue-tsc'), 'bin/vue-tsc.js'), '--noEmit', '-p', tmp.write('tsconfig.json', JSON.stringify(config))], {
      cwd: repo,
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    tmp.remove();
  }
};

test('vue-tsc accepts integrations/types/vue-sfc/ComparisonCard.vue, and each @vue-expect-error there is an error', () => {
  // an @vue-expect-error line whose mistake were accepted fails the run (TS2578), like @ts-expect-error
  const { status, output } = vueTsc('integrations/types/vue-sfc/tsconfig.json');
  assert.equal(status, 0, `vue-tsc failed:\n${output}`);
});

test('vue-tsc rejects a wrong theme and a number as data in a .vue template, with these messages', () => {
  const { status, output } = vueTsc('integrations/types/vue-sfc/wrong/tsconfig.json');
  assert.notEqual(status, 0, 'vue-tsc passed integrations/types/vue-sfc/wrong/WrongTheme.vue');
  const errors = output.split('\n').filter((line) => line.includes('error TS'));
  assert.deepEqual(errors, [
    `integrations/types/vue-sfc/wrong/WrongTheme.vue(12,33): error TS2322: Type '"blue"' is not assignable to type '"auto" | "light" | "dark" | undefined'.`,
    `integrations/types/vue-sfc/wrong/WrongTheme.vue(13,15): error TS2322: Type 'number' is not assignable to type 'Comparison'.`,
  ]);
});
