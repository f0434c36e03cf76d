#!/usr/bin/env node
// `npm run bench`: the element against the vanilla baseline, one tachometer run per case (the
// two side by side, page loads in turn), in Debian's headless Chromium. Prints tachometer's own
// tables, then one Markdown table: each mean with its 95% interval and the ratio to the baseline.
//
//   npm run bench                          every case, 100 samples each at least, auto-sampling
//                                          up to 2 minutes a case for a clear answer at 0% and 20%
//   npm run bench -- --case first,src      some cases only
//   npm run bench -- --samples 50 --timeout 1
//   npm run bench -- --json out.json       also keep tachometer's raw results (every sample)
//   npm run bench -- --against old.js      a third benchmark: another build of the bundle (say
//                                          dist/nice-pick.js of an older commit), in turn with
//                                          the two others, to see what a change did
//   npm run bench:smoke                    (= --smoke) every case, 3 samples, no auto-sampling:
//                                          proves the benchmarks still run; no timing is judged
//
// Needs dist/nice-pick.js (`npm run build`, or `npx vite build` for that file alone).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS } from '../test/support/browsers.mjs';
import { CHROME_PATH, driverVersions, needDist, startChromedriver } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CASES = {
  first: 'first render, 1 card',
  cards100: '100 cards',
  cards500: '500 cards',
  replace100: 'replace the data of 100 cards (another fixture each)',
  update100: 'update the data of 100 cards (same fixture, texts edited)',
  src: '`src` set to rendered, 1 card (local server)',
};

const { values: opts } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    case: { type: 'string' },
    samples: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'string' },
    against: { type: 'string' },
  },
});
// npm runs this script in bench/: FILEs given to --json and --against are relative to where npm
// was started (INIT_CWD; the repo root for the root's `npm run bench`)
const fromCaller = (file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const cases = opts.case ? opts.case.split(',') : Object.keys(CASES);
for (const c of cases) if (!CASES[c]) throw new Error(`unknown case ${c} (known: ${Object.keys(CASES).join(', ')})`);
const sampleSize = Number(opts.samples ?? (opts.smoke ? 3 : 100));
const timeout = Number(opts.timeout ?? (opts.smoke ? 0 : 2)); // minutes of auto-sampling per case

needDist('nice-pick.js');
// The other build is served from where bench/cases.js looks for it (`?impl=against`): bench/against/
// (git ignores it; not node_modules/.cache, as tachometer's static server refuses dot-folders).
const againstDir = path.join(root, 'bench/against');
if (opts.against) {
  mkdirSync(againstDir, { recursive: true });
  copyFileSync(fromCaller(opts.against), path.join(againstDir, 'nice-pick.js'));
}
const versions = driverVersions();
console.log(`[bench] Chromium ${versions.browser}, chromedriver ${versions.driver}`);
const driver = await startChromedriver();
const work = mkdtempSync(path.join(tmpdir(), 'nice-pick-bench-'));

// bench/'s own tachometer (bench/package.json)
const tach = fileURLToPath(new URL('node_modules/tachometer/bin/tach.js', import.meta.url));
const run = (args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tach, ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tachometer exited with ${code}`))));
  });

const browser = {
  name: 'chrome',
  headless: true,
  binary: CHROME_PATH,
  addArguments: CHROMIUM_ARGS,
  remoteUrl: driver.url,
  windowSize: { width: 1024, height: 768 },
};

const rows = [];
const raw = {};
try {
  for (const c of cases) {
    console.log(`\n[bench] ${c}: ${CASES[c]}`);
    const config = path.join(work, `${c}.json`);
    const out = path.join(work, `${c}.result.json`);
    const bench = (impl) => ({
      name: `${impl}`,
      url: path.join(root, `bench/page.html?impl=${impl}&case=${c}`),
      browser,
      measurement: 'callback',
    });
    writeFileSync(
      config,
      JSON.stringify({
        root,
        sampleSize,
        timeout,
        autoSampleConditions: ['0%', '20%'],
        benchmarks: [bench('nice-pick'), bench('vanilla'), ...(opts.against ? [bench('against')] : [])],
      }),
    );
    await run(['--config', config, '--json-file', out]);
    const { benchmarks } = JSON.parse(readFileSync(out, 'utf8'));
    raw[c] = benchmarks;
    const [element, vanilla, against] = benchmarks;
    const mid = (ci) => (ci.low + ci.high) / 2;
    // `a` against benchmark i: the ratio of the means, and tachometer's interval for it
    const ratio = (a, i) => {
      const diff = a.differences[i].percentChange;
      return { value: mid(a.mean) / mid(benchmarks[i].mean), low: 1 + diff.low / 100, high: 1 + diff.high / 100 };
    };
    rows.push({
      case: CASES[c],
      element: element.mean,
      vanilla: vanilla.mean,
      n: benchmarks.map((b) => b.samples.length),
      ratio: ratio(element, 1),
      ...(against && { against: against.mean, againstRatio: ratio(against, 1), change: ratio(element, 2) }),
    });
  }
} finally {
  await driver.stop();
  rmSync(work, { recursive: true, force: true });
  if (opts.against) rmSync(againstDir, { recursive: true, force: true });
}

if (opts.json) writeFileSync(fromCaller(opts.json), JSON.stringify({ versions, sampleSize, timeout, results: raw }, null, 2));

const ms = (ci) => `${((ci.low + ci.high) / 2).toFixed(2)} ms (${ci.low.toFixed(2)}–${ci.high.toFixed(2)})`;
const times = (r) => `${r.value.toFixed(2)}× (${r.low.toFixed(2)}–${r.high.toFixed(2)})`;
console.log(`\n[bench] Chromium ${versions.browser}; means with 95% intervals; ratio = element / baseline\n`);
if (opts.against) {
  console.log(`\`--against\`: ${opts.against}; "change" = this build / that one\n`);
  console.log('| case | `<nice-pick>` | vanilla baseline | ratio (95% interval) | `--against` | its ratio | change | samples |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
} else {
  console.log('| case | `<nice-pick>` | vanilla baseline | ratio (95% interval) | samples |');
  console.log('| --- | --- | --- | --- | --- |');
}
for (const r of rows) {
  const other = r.against ? ` ${ms(r.against)} | ${times(r.againstRatio)} | ${times(r.change)} |` : '';
  console.log(`| ${r.case} | ${ms(r.element)} | ${ms(r.vanilla)} | ${times(r.ratio)} |${other} ${r.n.join(' / ')} |`);
}
if (opts.smoke) console.log('\n[bench] smoke: every case ran (timings from 3 samples mean nothing)');
