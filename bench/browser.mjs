// The browser every bench script uses: Debian's Chromium, never a downloaded one, and for
// tachometer Debian's chromedriver (package chromium-driver), started here and handed to
// tachometer as a remote WebDriver, so selenium never looks for a driver of its own (its
// selenium-manager would try the network). Paths, Chromium's switches and the driver's start come
// from test/support/browsers.mjs, the project's one definition of how a browser is launched.
// puppeteer-core is the root's (see README.md): resolved from the repo's node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPaths, CHROMIUM_ARGS, startDriver } from '../test/support/browsers.mjs';

export const { chromium: CHROME_PATH, chromedriver: CHROMEDRIVER_PATH } = browserPaths();

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

/** Starts chromedriver on a free loopback port; resolves with its URL and a stop function. */
export async function startChromedriver() {
  const driver = await startDriver(CHROMEDRIVER_PATH, ['--allowed-ips=127.0.0.1']);
  process.on('exit', () => driver.child.kill()); // should the script die before it stops the driver
  return driver;
}

/** Headless Chromium through puppeteer-core, for the scripts that need DevTools (CLS, memory). */
export async function launch(extraArgs = []) {
  chromeVersion();
  let puppeteer;
  try {
    puppeteer = await import('puppeteer-core');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('[bench] no puppeteer-core: the bench takes the root\'s, run `npm ci` at the repo root first');
    process.exit(1);
  }
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
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
