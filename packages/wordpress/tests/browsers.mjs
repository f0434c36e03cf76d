// Opens pages in Chromium, Firefox (both through puppeteer-core, as the root's test runner does)
// and WebKit (WebKitWebDriver through webdriverio): Debian's browsers, found and started by the
// project's one definition (test/support/browsers.mjs). `visit(url, fn)` loads a page and runs
// `fn` in it (a function that may return a promise; its result must be JSON).
import { browserPaths, CHROMIUM_ARGS, detectEngines, ENGINES, startDriver } from '../../../test/support/browsers.mjs';

export const engines = () => {
  const wanted = (process.env.NICE_PICK_ENGINES || ENGINES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  const { found, missing } = detectEngines();
  for (const engine of wanted) if (!found[engine]) throw new Error(`${engine}: ${missing[engine]?.why}; ${missing[engine]?.fix}`);
  return wanted;
};

/** Starts one engine: { visit(url, fn, arg), screenshot(url, file, width, height), close() }. */
export async function open(engine) {
  const paths = browserPaths();
  if (engine === 'webkit') {
    const { remote } = await import('webdriverio');
    const driver = await startDriver(detectEngines().found.webkit.WEBKIT_DRIVER_PATH);
    let browser;
    try {
      browser = await remote({
        hostname: '127.0.0.1',
        port: driver.port,
        path: '/',
        logLevel: 'error',
        capabilities: { 'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] } },
      });
    } catch (error) {
      await driver.stop();
      throw new Error(`WebKit did not start: ${error.message}\n${driver.output()}`);
    }
    return {
      async visit(url, fn, arg) {
        await browser.url(url);
        return browser.executeAsync(
          `const done = arguments[arguments.length - 1]; Promise.resolve((${fn})(arguments[0])).then(done, (e) => done({ thrown: String(e) }));`,
          arg ?? null,
        );
      },
      async screenshot() {},
      async close() {
        await browser.deleteSession().catch(() => {});
        await driver.stop();
      },
    };
  }
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: paths.firefox, headless: true, protocolTimeout: 30000 }
      : { executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 30000 },
  );
  const page = await browser.newPage();
  return {
    async visit(url, fn, arg) {
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(`Promise.resolve((${fn})(${JSON.stringify(arg ?? null)})).catch((e) => ({ thrown: String(e) }))`);
    },
    async screenshot(url, file, width, height, selector) {
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(`customElements.whenDefined('nice-pick').then(() => new Promise((r) => setTimeout(r, 300)))`);
      if (selector) await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), selector);
      await page.screenshot({ path: file });
    },
    page,
    async close() {
      await browser.close();
    },
  };
}
