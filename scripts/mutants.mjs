#!/usr/bin/env node
// `npm run mutants`: do the tests fail when the behaviour breaks? Each defect below is a small,
// real mistake (one a reviewer could miss), applied to a scratch copy of the repository (in
// $TMPDIR, never to src/ here), with the test files that should notice it run against it in
// Chromium. A defect the tests let through "survives": the table names it, and the run exits 1.
//
//   npm run mutants                      every defect
//   npm run mutants -- lazy-margin ...   only the defects named (or a part of their names)
//
// A first run without any defect proves the scratch copy passes as it is, so a failure below
// is the defect's doing. Add a defect when a bug gets past the tests, with the files whose tests
// should catch it: `from` must occur in `file` exactly once (the script checks), and `also`
// repeats the change in other files (docs that state the same value).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LOADING = ['test/loading.test.ts'];
const VALIDATOR = ['test/check.test.ts', 'test/hostile-data.test.ts'];

/** @type {{ name: string, file: string, from: string, to: string, tests: string[], also?: string[] }[]} */
const DEFECTS = [
  {
    name: 'size-cap-per-chunk', // the 1 MB cap counts each chunk, not the running total
    file: 'src/load.ts',
    from: 'if ((size += value.length) > maxSize) {',
    to: 'if ((size = value.length) > maxSize) {',
    tests: LOADING,
  },
  {
    name: 'replaced-src-not-aborted', // changing src leaves the old request running
    file: 'src/nice-pick.ts',
    from: '  _take(): void {\n    this._request?.abort();\n',
    to: '  _take(): void {\n',
    tests: [...LOADING, 'test/element.test.ts', 'test/teardown.test.ts'],
  },
  {
    name: 'shared-request-never-aborted', // the last card to stop waiting does not abort the request
    file: 'src/load.ts',
    from: '          entry.abort.abort();\n',
    to: '',
    tests: [...LOADING, 'test/teardown.test.ts'],
  },
  {
    name: 'no-content-type-read-as-json',
    file: 'src/load.ts',
    from: "?.split(';')[0].trim() ?? '';",
    to: "?.split(';')[0].trim() ?? 'application/json';",
    tests: LOADING,
  },
  {
    name: 'lazy-margin-0', // loading="lazy" waits until the card is on screen, not 600px before
    file: 'src/nice-pick.ts',
    from: "{ rootMargin: '600px' }",
    to: "{ rootMargin: '0px' }",
    tests: LOADING,
  },
  {
    name: 'timeout-0-not-default', // timeout="0" or NaN times out at once instead of after 10 s
    file: 'src/nice-pick.ts',
    from: 'this.timeout || 10_000',
    to: 'this.timeout',
    tests: LOADING,
  },
  {
    name: 'stale-guard-removed', // an aborted or replaced request's outcome is shown anyway
    file: 'src/nice-pick.ts',
    from: '      if (request === this._request) this._fail(error as NicePickErrorDetail);\n      return;\n    }\n    if (request !== this._request) return;\n',
    to: '      this._fail(error as NicePickErrorDetail);\n      return;\n    }\n',
    tests: LOADING,
  },
  {
    name: 'default-colour-changed', // the light accent, changed in code and docs alike
    file: 'src/styles.ts',
    from: 'light-dark(#0969da, #4493f8)',
    to: 'light-dark(#0a58ca, #4493f8)',
    also: ['src/nice-pick.ts', 'site/docs/styling.md', 'custom-elements.json'],
    tests: ['test/styling.test.ts', 'test/docs.test.ts', 'test/visual/screenshots.test.ts'],
  },
  {
    name: 'dark-colour-changed', // a dark-theme default, changed in code and docs alike
    file: 'src/styles.ts',
    from: 'light-dark(#59636e, #9198a1)',
    to: 'light-dark(#59636e, #a0a7af)',
    also: ['src/nice-pick.ts', 'site/docs/styling.md', 'custom-elements.json'],
    tests: ['test/styling.test.ts', 'test/docs.test.ts', 'test/visual/screenshots.test.ts'],
  },
  {
    name: 'validator-five-options', // five options pass as valid
    file: 'src/check.ts',
    from: 'rawOptions.length > 4)',
    to: 'rawOptions.length > 5)',
    tests: VALIDATOR,
  },
  {
    name: 'validator-javascript-links', // javascript: URLs become links
    file: 'src/check.ts',
    from: "schemes = ['http:', 'https:']",
    to: "schemes = ['http:', 'https:', 'javascript:']",
    tests: VALIDATOR,
  },
  {
    name: 'validator-unknown-pick', // a pick that names no option passes
    file: 'src/check.ts',
    from: 'if (pick !== null && optionCount && !ids.has(pick)) {',
    to: 'if (pick !== null && optionCount && !ids.has(pick) && false) {',
    tests: VALIDATOR,
  },
  {
    name: 'validator-empty-name', // an option with an empty name passes
    file: 'src/check.ts',
    from: "if (typeof value == 'string' && value) return value;",
    to: "if (typeof value == 'string') return value;",
    tests: VALIDATOR,
  },
  {
    name: 'validator-no-list-limit', // a list of any length is read (the 100-item limit gone)
    file: 'src/check.ts',
    from: 'if (value.length <= max) return value;',
    to: 'return value;',
    tests: VALIDATOR,
  },
];

const RUN_TIMEOUT = 240_000; // one run of a defect's files; wtr's own limit is 180 s a file

const wanted = process.argv.slice(2).filter((a) => a !== '--');
const chosen = wanted.length ? DEFECTS.filter((d) => wanted.some((w) => d.name.includes(w))) : DEFECTS;
if (!chosen.length) {
  console.error(`no defect matches ${wanted.join(', ')}; known: ${DEFECTS.map((d) => d.name).join(', ')}`);
  process.exit(2);
}

// The scratch copy: what the browser tests read, node_modules linked (not copied).
const COPIED = ['src', 'test', 'fixtures', 'examples', 'schema', 'demo', 'docs', 'site/docs', 'scripts', 'README.md', 'package.json', 'tsconfig.json',
  'web-test-runner.config.mjs', 'custom-elements.json', 'vscode.html-custom-data.json'];
const scratch = mkdtempSync(path.join(tmpdir(), 'nice-pick-mutants-'));
const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
for (const entry of COPIED) {
  const from = path.join(ROOT, entry);
  if (existsSync(from)) cpSync(from, path.join(scratch, entry), { recursive: true, filter: (f) => !f.includes(`${path.sep}failed${path.sep}`) });
}
symlinkSync(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');

let current; // the wtr run under way, to stop on a signal
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (current) process.kill(-current.pid, 'SIGKILL');
    cleanUp();
    process.exit(130);
  });
}

/** Runs `files` in Chromium in the scratch copy: whether it passed, the failed tests, the seconds. */
function run(files) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'], {
      cwd: scratch,
      env: { ...process.env, NICE_PICK_ENGINES: 'chromium', NICE_PICK_FILES: files.join(','), CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: a timeout stops wtr and its browser together
    });
    current = child;
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n ❌ (no end after ${RUN_TIMEOUT / 1000} s)`;
      process.kill(-child.pid, 'SIGKILL');
    }, RUN_TIMEOUT);
    child.on('exit', (code) => {
      clearTimeout(timer);
      current = undefined;
      // wtr prints each failed test as " ❌ describe > test"
      const failed = [...new Set(output.split('\n').filter((l) => l.includes('❌')).map((l) => l.replace(/^.*❌\s*/, '').trim()))];
      resolve({ passed: code === 0, failed, seconds: Math.round((Date.now() - started) / 1000), output });
    });
  });
}

/** Replaces `from` by `to` in the scratch copy's `file`; returns the text to put back. */
function apply(file, from, to, { once }) {
  const target = path.join(scratch, file);
  const text = readFileSync(target, 'utf8');
  const count = text.split(from).length - 1;
  if (once ? count !== 1 : count < 1) throw new Error(`${file}: expected ${once ? 'one' : 'some'} ${JSON.stringify(from)}, found ${count}`);
  writeFileSync(target, text.split(from).join(to));
  return () => writeFileSync(target, text);
}

const started = Date.now();
const rows = [];
try {
  console.log(`scratch copy: ${scratch}`);
  const allFiles = [...new Set(chosen.flatMap((d) => d.tests))];
  process.stdout.write(`no defect (${allFiles.length} files) … `);
  const clean = await run(allFiles);
  console.log(`${clean.passed ? 'pass' : 'FAIL'} (${clean.seconds} s)`);
  if (!clean.passed) {
    console.error(clean.output.split('\n').slice(-60).join('\n'));
    console.error('The tests fail without any defect: fix them first (npm test).');
    process.exitCode = 2;
  } else {
    for (const defect of chosen) {
      process.stdout.write(`${defect.name} … `);
      const restore = [apply(defect.file, defect.from, defect.to, { once: true })];
      try {
        for (const other of defect.also ?? []) restore.push(apply(other, defect.from, defect.to, { once: false }));
        const result = await run(defect.tests);
        // killed means a test failed; a run that failed without a failing test (wtr could not
        // start, the copy did not compile) proves nothing, and is reported as an error
        const verdict = result.passed ? 'SURVIVED' : result.failed.length ? 'killed' : 'ERROR';
        rows.push({ defect: defect.name, result: verdict, by: result.failed, seconds: result.seconds });
        console.log(`${verdict} (${result.seconds} s)`);
        if (verdict === 'ERROR') console.log(result.output.split('\n').slice(-30).join('\n'));
      } finally {
        restore.reverse().forEach((put) => put());
      }
    }
  }
} finally {
  cleanUp();
}

if (rows.length) {
  console.log('\n| defect | result | failing tests (first 3) | s |\n| --- | --- | --- | --- |');
  for (const row of rows) {
    const by = row.by.slice(0, 3).join('; ') + (row.by.length > 3 ? `; … (${row.by.length} in all)` : '');
    console.log(`| ${row.defect} | ${row.result} | ${by || '–'} | ${row.seconds} |`);
  }
  const killed = rows.filter((r) => r.result === 'killed').length;
  console.log(`\nmutation score: ${killed}/${rows.length} killed (${Math.round((100 * killed) / rows.length)}%), ${Math.round((Date.now() - started) / 1000)} s`);
  if (killed < rows.length) process.exitCode = 1; // a survivor, or a run that proved nothing
}
