// The browser every bench script uses: Debian's Chromium, never a downloaded one, and for
// tachometer Debian's chromedriver (package chromium-driver), started here and handed to
// tachometer as a remote WebDriver, so selenium never looks for a driver of its own (its
// selenium-manager would try the network). Only Node built-ins and puppeteer-core.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMEDRIVER_PATH = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';

// The same switches as the test runner's Chromium (web-test-runner.config.mjs).
export const CHROME_ARGS = [
  '--no-sandbox', // root (CI) cannot use Chromium's sandbox
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

const version = (file) => {
  const out = execFileSync(file, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return /(\d+)\.\d+\.\d+\.\d+/.exec(out)?.[0] ?? out.trim();
};

/** The browser's version (e.g. 156.0.8078.108); exits with a hint when it is missing. */
export function chromeVersion() {
  if (!existsSync(CHROME_PATH)) {
    console.error(`[bench] no Chromium at ${CHROME_PATH}: apt-get install chromium (or set CHROME_PATH)`);
    process.exit(1);
  }
  return version(CHROME_PATH);
}

/** Checks that chromedriver is there and of the browser's major version; returns both versions. */
export function driverVersions() {
  const browser = chromeVersion();
  if (!existsSync(CHROMEDRIVER_PATH)) {
    console.error(`[bench] no chromedriver at ${CHROMEDRIVER_PATH}: apt-get install chromium-driver (or set CHROMEDRIVER_PATH)`);
    process.exit(1);
  }
  const driver = version(CHROMEDRIVER_PATH);
  if (driver.split('.')[0] !== browser.split('.')[0]) {
    console.error(`[bench] chromedriver ${driver} does not drive Chromium ${browser}: install the same major version`);
    process.exit(1);
  }
  return { browser, driver };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts chromedriver on a free loopback port; resolves with its URL and a stop function. */
export async function startChromedriver() {
  const port = await freePort();
  const child = spawn(CHROMEDRIVER_PATH, [`--port=${port}`, '--allowed-ips=127.0.0.1'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`chromedriver did not start on port ${port}`);
}

/** Headless Chromium through puppeteer-core, for the scripts that need DevTools (CLS, memory). */
export async function launch(extraArgs = []) {
  chromeVersion();
  const puppeteer = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROME_ARGS, ...extraArgs],
  });
}

/** Exits with a hint unless `npm run build` has made the named files in dist/. */
export function needDist(...names) {
  for (const name of names) {
    if (!existsSync(new URL(`../dist/${name}`, import.meta.url))) {
      console.error(`[bench] no dist/${name}: run \`npm run build\` first`);
      process.exit(1);
    }
  }
}
