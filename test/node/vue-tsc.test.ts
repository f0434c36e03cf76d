// Vue's template type checking (Volar, through vue-tsc) of <nice-pick> in real .vue files: the
// GlobalComponents typing of nice-pick/vue (src/vue.ts) is what vue-tsc gives the tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vueTsc = (project: string) => {
  const run = spawnSync(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit', '-p', project], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

test('vue-tsc accepts test/types/vue-sfc/ComparisonCard.vue, and each @vue-expect-error there is an error', () => {
  // an @vue-expect-error line whose mistake were accepted fails the run (TS2578), like @ts-expect-error
  const { status, output } = vueTsc('test/types/vue-sfc/tsconfig.json');
  assert.equal(status, 0, `vue-tsc failed:\n${output}`);
});

test('vue-tsc rejects a wrong theme and a number as data in a .vue template, with these messages', () => {
  const { status, output } = vueTsc('test/types/vue-sfc/wrong/tsconfig.json');
  assert.notEqual(status, 0, 'vue-tsc passed test/types/vue-sfc/wrong/WrongTheme.vue');
  const errors = output.split('\n').filter((line) => line.includes('error TS'));
  assert.deepEqual(errors, [
    `test/types/vue-sfc/wrong/WrongTheme.vue(12,33): error TS2322: Type '"blue"' is not assignable to type '"auto" | "light" | "dark" | undefined'.`,
    `test/types/vue-sfc/wrong/WrongTheme.vue(13,15): error TS2322: Type 'number' is not assignable to type 'Comparison'.`,
  ]);
});
