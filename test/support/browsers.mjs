// How this project finds and starts a browser: the one definition shared by the test runner
// (scripts/test.mjs, test/support/wtr.mjs, integrations/) and the benchmarks (bench/). The
// browsers are Debian's (chromium, firefox-esr, webkit2gtk-driver), never downloaded by a tool.
// Node built-ins only, so it works before `npm ci` has run.
import { spawn } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** Chromium's switches, for wtr, puppeteer-core and chromedriver alike. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-dev-shm-usage', // small /dev/shm in containers crashes tabs
  // the network is closed: stop Chromium from phoning home and waiting on it
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const firstExecutable = (candidates) => candidates.filter(Boolean).find(isExecutable);

function onPath(name, env) {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function findMiniBrowser(env) {
  if (env.MINIBROWSER_PATH) return firstExecutable([env.MINIBROWSER_PATH]);
  // Debian and Ubuntu put it under the multiarch lib folder (x86_64-linux-gnu, aarch64-linux-gnu…)
  const candidates = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let entries = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    for (const dir of ['', ...entries.map((e) => `${e}/`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) candidates.push(`${lib}/${dir}${api}/MiniBrowser`);
    }
  }
  return firstExecutable(candidates);
}

/**
 * The engines this machine has. `found[engine]` holds its paths (CHROME_PATH, FIREFOX_PATH,
 * WEBKIT_DRIVER_PATH, MINIBROWSER_PATH; WebKit also `needsXvfb`); `missing[engine]` says why
 * not and how to install it. An explicit *_PATH wins outright: a typo there is reported.
 */
export function detectEngines(env = process.env) {
  const found = {};
  const missing = {};

  const chrome = firstExecutable(
    env.CHROME_PATH ? [env.CHROME_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  );
  if (chrome) found.chromium = { CHROME_PATH: chrome };
  else
    missing.chromium = {
      why: env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} is not an executable` : 'no chromium / google-chrome binary in /usr/bin',
      fix: 'sudo apt-get install -y chromium   (or point CHROME_PATH at a Chrome/Chromium binary)',
    };

  const firefox = firstExecutable(env.FIREFOX_PATH ? [env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (firefox) found.firefox = { FIREFOX_PATH: firefox };
  else
    missing.firefox = {
      why: env.FIREFOX_PATH ? `FIREFOX_PATH=${env.FIREFOX_PATH} is not an executable` : 'no firefox-esr / firefox binary in /usr/bin',
      fix: 'sudo apt-get install -y firefox-esr   (or point FIREFOX_PATH at a Firefox binary)',
    };

  const driver = firstExecutable(
    env.WEBKIT_DRIVER_PATH ? [env.WEBKIT_DRIVER_PATH] : [onPath('WebKitWebDriver', env), '/usr/bin/WebKitWebDriver'],
  );
  const miniBrowser = findMiniBrowser(env);
  const display = Boolean(env.DISPLAY);
  const xvfb = Boolean(onPath('xvfb-run', env) && onPath('xauth', env)); // xvfb-run needs xauth
  const problems = [];
  if (!driver) problems.push(env.WEBKIT_DRIVER_PATH ? `WEBKIT_DRIVER_PATH=${env.WEBKIT_DRIVER_PATH} is not an executable` : 'WebKitWebDriver not found');
  if (!miniBrowser) problems.push(env.MINIBROWSER_PATH ? `MINIBROWSER_PATH=${env.MINIBROWSER_PATH} is not an executable` : 'MiniBrowser not found');
  if (!display && !xvfb) problems.push('no DISPLAY and no xvfb-run/xauth to make one');
  if (problems.length === 0) found.webkit = { WEBKIT_DRIVER_PATH: driver, MINIBROWSER_PATH: miniBrowser, needsXvfb: !display };
  else missing.webkit = { why: problems.join('; '), fix: 'sudo apt-get install -y webkit2gtk-driver xvfb xauth' };

  return { found, missing };
}

/** The browser paths the launchers use: the environment's, or Debian's. */
export const browserPaths = (env = process.env) => ({
  chromium: env.CHROME_PATH || '/usr/bin/chromium',
  chromedriver: env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver',
  firefox: env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  miniBrowser: env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
});

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const canConnect = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Starts a WebDriver server (WebKitWebDriver, chromedriver) on a free loopback port and resolves
 * once it accepts connections: { port, url, child, output(), stop() }. Its own output is kept
 * (the last 8 KB) for when something goes wrong, never printed.
 */
export async function startDriver(file, args = [], { timeout = 15000 } = {}) {
  const port = await freePort();
  const child = spawn(file, [`--port=${port}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => (output = (output + chunk).slice(-8000));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.on('exit', () => (exited = true));
  child.on('error', (error) => {
    exited = true;
    collect(String(error));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + timeout;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${path.basename(file)} did not start listening on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, url: `http://127.0.0.1:${port}`, child, output: () => output, stop };
}
