#!/usr/bin/env node
// `npm test`: the type check, the Node tests (test/node/), a build of the script-tag bundles, then
// the browser tests in every engine found here. The same runner serves integrations/
// (`npm run test:integrations`) with `--project integrations`.
//
//   npm test                                  run everything this machine can run
//   npm test -- --files test/foo.test.ts      just these browser test files (comma list or globs)
//   NICE_PICK_ENGINES=chromium npm test       pick engines yourself (comma list)
//   CI=true npm test                          Chromium, Firefox and WebKit are all required
//
// Browser paths can be overridden with CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH and
// WEBKIT_DRIVER_PATH (test/support/browsers.mjs finds them). Only Node built-ins are used, so this
// runs before anything else works.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, LABELS, detectEngines, startDriver } from '../test/support/browsers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const env = process.env;
const CI = /^(1|true|yes)$/i.test(env.CI ?? '');
const XVFB_GUARD = 'NICE_PICK_UNDER_XVFB'; // set when we re-ran ourselves under xvfb-run
// `npm test -- --files x` arrives without the `--`; `node scripts/test.mjs -- --files x` with it
const argv = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
const option = (name) => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv.splice(i, 2)[1];
};
// the project whose tests run: the element (the repo root) or a folder such as integrations/
const PROJECT = path.resolve(ROOT, option('--project') ?? '.');
const files = option('--files');
const forwarded = [...argv]; // anything else goes to web-test-runner
const rerunArgs = [...(PROJECT !== ROOT ? ['--project', PROJECT] : []), ...(files ? ['--files', files] : []), ...forwarded];

// ---------------------------------------------------------------------------- helpers

const log = msg => console.log(`[test] ${msg}`);
const fail = msg => {
  console.error(`[test] ERROR: ${msg}`);
  process.exit(1);
};

// Children we must clean up whatever happens (driver, wtr, xvfb-run).
const children = new Set();

function run(cmd, args, opts = {}) {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: PROJECT, stdio: 'inherit', ...opts });
    children.add(child);
    child.on('error', err => {
      children.delete(child);
      console.error(`[test] could not start ${cmd}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', code => {
      children.delete(child);
      resolve(code ?? 1); // killed by a signal counts as failure
    });
  });
}

function killChildren(signal = 'SIGTERM') {
  for (const child of children) {
    // a detached child leads its own process group: kill the group (xvfb-run + Xvfb + us)
    try {
      if (child._niceGroup) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

// wtr only stops its browsers on SIGINT, so turn SIGTERM (CI timeouts) into SIGINT for it.
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${sig} received, stopping`);
    killChildren('SIGINT');
    // give wtr a moment to close its browsers, then make sure nothing is left behind
    setTimeout(() => {
      killChildren('SIGKILL');
      process.exit(sig === 'SIGINT' ? 130 : 143);
    }, 3000).unref();
  });
}
// last resort on any exit path: never leave WebKitWebDriver (or others) running
process.on('exit', () => killChildren('SIGKILL'));

function chooseEngines({ found, missing }) {
  let wanted = ENGINES;
  if (env.NICE_PICK_ENGINES) {
    wanted = env.NICE_PICK_ENGINES.split(',').map(s => s.trim().toLowerCase()).filter(Boolean);
    const unknown = wanted.filter(e => !ENGINES.includes(e));
    if (unknown.length) fail(`NICE_PICK_ENGINES: unknown engine(s) ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
    // CI must prove the component in all three engines, so it may not narrow the set
    if (CI && ENGINES.some(e => !wanted.includes(e)))
      fail(`CI=true runs all of ${ENGINES.join(', ')}; unset NICE_PICK_ENGINES (it is "${env.NICE_PICK_ENGINES}")`);
  }
  const engines = wanted.filter(e => found[e]);
  const skipped = wanted.filter(e => !found[e]);
  // an engine named explicitly (or any engine under CI) is required, not optional
  const required = CI || env.NICE_PICK_ENGINES;

  const report = () => {
    log(`browser engines to run: ${engines.map(e => LABELS[e]).join(', ') || '(none)'}`);
    for (const e of skipped) {
      log(`${required ? 'MISSING' : 'skipping'} ${LABELS[e]}: ${missing[e].why}`);
      log(`    to install: ${missing[e].fix}`);
    }
  };

  if (required && skipped.length) {
    report();
    fail(
      `${skipped.map(e => LABELS[e]).join(', ')} required (${CI ? 'CI=true needs all three engines' : 'named in NICE_PICK_ENGINES'}) but not available; see above`,
    );
  }
  if (engines.length === 0) {
    report();
    fail('no browser engine found; install at least one (see above)');
  }
  return { engines, report };
}

// ---------------------------------------------------------------------------- steps

// the Node tests are in test/node/ where a project has one (the element, site/: test/ holds their
// browser tests), else in test/ (integrations/, whose browser tests live elsewhere)
const NODE_TESTS = PROJECT === ROOT || existsSync(path.join(PROJECT, 'test', 'node')) ? path.join('test', 'node') : 'test';

function listNodeTests() {
  const dir = path.join(PROJECT, NODE_TESTS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter(f => /\.test\.(ts|mjs)$/.test(f))
    .sort()
    .map(f => path.join(NODE_TESTS, f));
}

async function runNodeTests() {
  const files = listNodeTests();
  if (files.length === 0) return 0;
  const hasTs = files.some(f => f.endsWith('.ts'));
  const hasTsx = existsSync(path.join(ROOT, 'node_modules', 'tsx', 'package.json')); // the root's tsx serves every project
  if (hasTs && !hasTsx) {
    console.error(`[test] ERROR: ${NODE_TESTS}/ has .ts tests but tsx is not installed: run \`npm ci\` at the repository root`);
    return 1;
  }
  log(`node tests: ${files.join(' ')}`);
  // Node 20's --test does not expand globs, hence the explicit file list
  return run(process.execPath, [...(hasTsx ? ['--import', 'tsx'] : []), '--test', ...files]);
}

async function runBrowserTests(engines, found) {
  const wtrEnv = { ...env, NICE_PICK_ENGINES: engines.join(',') };
  if (files) wtrEnv.NICE_PICK_FILES = files;
  for (const e of engines) {
    for (const [k, v] of Object.entries(found[e])) if (typeof v === 'string') wtrEnv[k] = v;
  }

  let webkit;
  if (engines.includes('webkit')) {
    try {
      webkit = await startDriver(found.webkit.WEBKIT_DRIVER_PATH);
    } catch (err) {
      console.error(`[test] ERROR: ${err.message}`);
      return 1;
    }
    children.add(webkit.child);
    wtrEnv.WEBKIT_DRIVER_PORT = String(webkit.port);
    log(`WebKitWebDriver listening on port ${webkit.port}`);
  }

  const wtr = path.join(ROOT, 'node_modules', '.bin', 'wtr');
  if (!existsSync(wtr)) {
    console.error('[test] ERROR: @web/test-runner is not installed: run `npm ci` at the repository root');
    return 1;
  }
  let code;
  try {
    code = await run(wtr, ['--config', path.join(PROJECT, 'web-test-runner.config.mjs'), ...forwarded], { env: wtrEnv });
  } finally {
    await webkit?.stop();
  }
  if (code !== 0 && webkit) {
    const out = webkit.output().trim();
    if (out) console.error(`[test] WebKitWebDriver output (last lines):\n${out.split('\n').slice(-30).join('\n')}`);
  }
  return code;
}

// ---------------------------------------------------------------------------- main

const detected = detectEngines();
const { engines, report } = chooseEngines(detected);

// WebKit needs an X display: re-run this whole script inside xvfb-run, so the driver, the
// MiniBrowser it spawns and the test runner all share that one display.
if (engines.includes('webkit') && detected.found.webkit.needsXvfb && !env[XVFB_GUARD]) {
  log('no DISPLAY: re-running under xvfb-run -a (needed for WebKit)');
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', process.execPath, SELF, ...rerunArgs],
    // own process group, so a signal can take down xvfb-run, Xvfb and the re-run together
    { cwd: PROJECT, stdio: 'inherit', detached: true, env: { ...env, [XVFB_GUARD]: '1' } },
  );
  child._niceGroup = true;
  children.add(child);
  child.on('exit', code => {
    children.delete(child);
    process.exit(code ?? 1); // killed by a signal counts as failure
  });
} else {
  if (env[XVFB_GUARD] && !env.DISPLAY) fail('running under xvfb-run but DISPLAY is still unset');
  report();
  const failed = [];

  // --files means "just these browser tests": skip the Node-side suite then
  if (files) {
    log('--files given: skipping node tests');
  } else {
    // The types are part of the product (test/types/ proves what users' code may and may not do;
    // the framework typings are proved in integrations/test/types.test.ts)
    log(`type check: tsc --noEmit -p ${path.relative(ROOT, path.join(PROJECT, 'tsconfig.json'))}`);
    if ((await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'])) !== 0) {
      failed.push('type check');
    }
    if ((await runNodeTests()) !== 0) failed.push('node tests');
  }

  // test/bundle*.test.ts and test/shipped.test.ts run the shipped script-tag bundles (minified,
  // props mangled): build them.
  log('building dist/nice-pick.js and dist/nice-pick.iife.js for the tests of the shipped bundles');
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  for (const mode of ['production', 'iife']) {
    if ((await run(process.execPath, [vite, 'build', '--mode', mode, '--logLevel', 'warn'], { cwd: ROOT })) !== 0) failed.push('build');
  }

  if (!interrupted && !failed.includes('build') && (await runBrowserTests(engines, detected.found)) !== 0) {
    failed.push('browser tests');
  }

  if (failed.length || interrupted) {
    console.error(`[test] FAILED: ${failed.join(', ') || 'interrupted'}`);
    process.exit(1);
  }
}
