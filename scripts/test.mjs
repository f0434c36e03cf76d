#!/usr/bin/env node
// `npm test`: Node-side tests (test/node/), then the browser tests in every engine found here.
//
//   npm test                                  run everything this machine can run
//   npm test -- --files test/foo.test.ts      forward extra arguments to web-test-runner
//   NICE_PICK_ENGINES=chromium npm test       pick engines yourself (comma list)
//   CI=true npm test                          Chromium, Firefox and WebKit are all required
//
// Browser paths can be overridden with CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH and
// WEBKIT_DRIVER_PATH. Only Node built-ins are used, so this runs before anything else works.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const env = process.env;
const CI = /^(1|true|yes)$/i.test(env.CI ?? '');
const XVFB_GUARD = 'NICE_PICK_UNDER_XVFB'; // set when we re-ran ourselves under xvfb-run
const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];
const LABEL = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
// `npm test -- --files x` arrives without the `--`; `node scripts/test.mjs -- --files x` with it
const forwarded = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));

// ---------------------------------------------------------------------------- helpers

const log = msg => console.log(`[test] ${msg}`);
const fail = msg => {
  console.error(`[test] ERROR: ${msg}`);
  process.exit(1);
};

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

const firstExecutable = candidates => candidates.filter(Boolean).find(isExecutable);

// Children we must clean up whatever happens (driver, wtr, xvfb-run).
const children = new Set();

function run(cmd, args, opts = {}) {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
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

// ---------------------------------------------------------------------------- engines

function findMiniBrowser() {
  if (env.MINIBROWSER_PATH) return firstExecutable([env.MINIBROWSER_PATH]);
  // Debian/Ubuntu put it under the multiarch lib dir, e.g. x86_64-linux-gnu or aarch64-linux-gnu
  const candidates = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let entries = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    for (const dir of ['', ...entries.map(e => `${e}/`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        candidates.push(`${lib}/${dir}${api}/MiniBrowser`);
      }
    }
  }
  return firstExecutable(candidates);
}

function detectEngines() {
  const found = {};
  const missing = {};

  // an explicit *_PATH wins outright: a typo there should be reported, not silently bypassed
  const chrome = firstExecutable(
    env.CHROME_PATH
      ? [env.CHROME_PATH]
      : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  );
  if (chrome) found.chromium = { CHROME_PATH: chrome };
  else
    missing.chromium = {
      why: env.CHROME_PATH
        ? `CHROME_PATH=${env.CHROME_PATH} is not an executable`
        : 'no chromium / google-chrome binary in /usr/bin',
      fix: 'sudo apt-get install -y chromium   (or point CHROME_PATH at a Chrome/Chromium binary)',
    };

  const firefox = firstExecutable(
    env.FIREFOX_PATH ? [env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  );
  if (firefox) found.firefox = { FIREFOX_PATH: firefox };
  else
    missing.firefox = {
      why: env.FIREFOX_PATH
        ? `FIREFOX_PATH=${env.FIREFOX_PATH} is not an executable`
        : 'no firefox-esr / firefox binary in /usr/bin',
      fix: 'sudo apt-get install -y firefox-esr   (or point FIREFOX_PATH at a Firefox binary)',
    };

  const driver = firstExecutable(
    env.WEBKIT_DRIVER_PATH ? [env.WEBKIT_DRIVER_PATH] : [onPath('WebKitWebDriver'), '/usr/bin/WebKitWebDriver'],
  );
  const miniBrowser = findMiniBrowser();
  const display = Boolean(env.DISPLAY);
  const xvfb = Boolean(onPath('xvfb-run') && onPath('xauth')); // xvfb-run needs xauth
  const webkitProblems = [];
  if (!driver)
    webkitProblems.push(env.WEBKIT_DRIVER_PATH ? `WEBKIT_DRIVER_PATH=${env.WEBKIT_DRIVER_PATH} is not an executable` : 'WebKitWebDriver not found');
  if (!miniBrowser)
    webkitProblems.push(env.MINIBROWSER_PATH ? `MINIBROWSER_PATH=${env.MINIBROWSER_PATH} is not an executable` : 'MiniBrowser not found');
  if (!display && !xvfb) webkitProblems.push('no DISPLAY and no xvfb-run/xauth to make one');
  if (webkitProblems.length === 0) {
    found.webkit = { WEBKIT_DRIVER_PATH: driver, MINIBROWSER_PATH: miniBrowser, needsXvfb: !display };
  } else {
    missing.webkit = {
      why: webkitProblems.join('; '),
      fix: 'sudo apt-get install -y webkit2gtk-driver xvfb xauth',
    };
  }
  return { found, missing };
}

function chooseEngines({ found, missing }) {
  let wanted = ALL_ENGINES;
  if (env.NICE_PICK_ENGINES) {
    wanted = env.NICE_PICK_ENGINES.split(',').map(s => s.trim().toLowerCase()).filter(Boolean);
    const unknown = wanted.filter(e => !ALL_ENGINES.includes(e));
    if (unknown.length) fail(`NICE_PICK_ENGINES: unknown engine(s) ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
    // CI must prove the component in all three engines, so it may not narrow the set
    if (CI && ALL_ENGINES.some(e => !wanted.includes(e)))
      fail(`CI=true runs all of ${ALL_ENGINES.join(', ')}; unset NICE_PICK_ENGINES (it is "${env.NICE_PICK_ENGINES}")`);
  }
  const engines = wanted.filter(e => found[e]);
  const skipped = wanted.filter(e => !found[e]);
  // an engine named explicitly (or any engine under CI) is required, not optional
  const required = CI || env.NICE_PICK_ENGINES;

  const report = () => {
    log(`browser engines to run: ${engines.map(e => LABEL[e]).join(', ') || '(none)'}`);
    for (const e of skipped) {
      log(`${required ? 'MISSING' : 'skipping'} ${LABEL[e]}: ${missing[e].why}`);
      log(`    to install: ${missing[e].fix}`);
    }
  };

  if (required && skipped.length) {
    report();
    fail(
      `${skipped.map(e => LABEL[e]).join(', ')} required (${CI ? 'CI=true needs all three engines' : 'named in NICE_PICK_ENGINES'}) but not available; see above`,
    );
  }
  if (engines.length === 0) {
    report();
    fail('no browser engine found; install at least one (see above)');
  }
  return { engines, report };
}

// ---------------------------------------------------------------------------- steps

function listNodeTests() {
  const dir = path.join(ROOT, 'test', 'node');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter(f => /\.test\.(ts|mjs)$/.test(f))
    .sort()
    .map(f => path.join('test', 'node', f));
}

async function runNodeTests() {
  const files = listNodeTests();
  if (files.length === 0) return 0;
  const hasTs = files.some(f => f.endsWith('.ts'));
  const hasTsx = existsSync(path.join(ROOT, 'node_modules', 'tsx', 'package.json'));
  if (hasTs && !hasTsx) {
    console.error('[test] ERROR: test/node/ has .ts tests but tsx is not installed: run `npm install -D tsx`');
    return 1;
  }
  log(`node tests: ${files.join(' ')}`);
  // Node 20's --test does not expand globs, hence the explicit file list
  return run(process.execPath, [...(hasTsx ? ['--import', 'tsx'] : []), '--test', ...files]);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise(resolve => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

async function startWebKitDriver(driverPath) {
  const port = await freePort();
  // keep the driver's chatter out of the test output; show it only if something goes wrong
  const driver = spawn(driverPath, [`--port=${port}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(driver);
  let output = '';
  const collect = chunk => {
    output = (output + chunk).slice(-8000);
  };
  driver.stdout.on('data', collect);
  driver.stderr.on('data', collect);
  let exited = false;
  driver.on('exit', () => {
    exited = true;
    children.delete(driver);
  });
  driver.on('error', err => {
    exited = true;
    collect(String(err));
  });

  const deadline = Date.now() + 15000;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) {
      driver.kill('SIGKILL');
      console.error(output);
      throw new Error(`WebKitWebDriver did not start listening on port ${port}`);
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return { port, driver, output: () => output };
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise(r => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await gone;
  clearTimeout(timer);
}

async function runBrowserTests(engines, found) {
  const wtrEnv = { ...env, NICE_PICK_ENGINES: engines.join(',') };
  for (const e of engines) {
    for (const [k, v] of Object.entries(found[e])) if (typeof v === 'string') wtrEnv[k] = v;
  }

  let webkit;
  if (engines.includes('webkit')) {
    try {
      webkit = await startWebKitDriver(found.webkit.WEBKIT_DRIVER_PATH);
    } catch (err) {
      console.error(`[test] ERROR: ${err.message}`);
      return 1;
    }
    wtrEnv.WEBKIT_DRIVER_PORT = String(webkit.port);
    log(`WebKitWebDriver listening on port ${webkit.port}`);
  }

  const localWtr = path.join(ROOT, 'node_modules', '.bin', 'wtr');
  const wtrArgs = ['--config', 'web-test-runner.config.mjs', ...forwarded];
  // `--no`: never let npx fetch the unrelated npm package that happens to be called "wtr"
  const [cmd, args] = existsSync(localWtr) ? [localWtr, wtrArgs] : ['npx', ['--no', '--', 'wtr', ...wtrArgs]];
  if (cmd === 'npx') log('node_modules/.bin/wtr missing (run `npm ci`); trying a wtr on PATH via npx');
  let code;
  try {
    code = await run(cmd, args, { env: wtrEnv });
  } finally {
    await stopProcess(webkit?.driver);
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
    ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', process.execPath, SELF, ...forwarded],
    // own process group, so a signal can take down xvfb-run, Xvfb and the re-run together
    { cwd: ROOT, stdio: 'inherit', detached: true, env: { ...env, [XVFB_GUARD]: '1' } },
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
  if (forwarded.includes('--files')) {
    log('--files given: skipping node tests');
  } else {
    // The types are part of the product (test/types/ proves what users' code may and may not do)
    log('type check: tsc --noEmit');
    if ((await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'])) !== 0) {
      failed.push('type check');
    }
    if ((await runNodeTests()) !== 0) failed.push('node tests');
  }

  // test/bundle*.test.ts run the shipped script-tag bundles (minified, props mangled): build them.
  log('building dist/nice-pick.js and dist/nice-pick.iife.js for test/bundle*.test.ts');
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  for (const mode of ['production', 'iife']) {
    if ((await run(process.execPath, [vite, 'build', '--mode', mode, '--logLevel', 'warn'])) !== 0) failed.push('build');
  }

  if (!interrupted && !failed.includes('build') && (await runBrowserTests(engines, detected.found)) !== 0) {
    failed.push('browser tests');
  }

  if (failed.length || interrupted) {
    console.error(`[test] FAILED: ${failed.join(', ') || 'interrupted'}`);
    process.exit(1);
  }
}
