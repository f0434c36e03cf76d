// What a web-test-runner config of this repo is made of: the three browsers (from
// test/support/browsers.mjs), one group per engine, the test routes as Koa middleware, and the
// closing `tests: N passed, N failed` line. Used by web-test-runner.config.mjs and
// integrations/web-test-runner.config.mjs. scripts/test.mjs sets the environment read here:
//   NICE_PICK_ENGINES   comma list of engines (default chromium)
//   NICE_PICK_FILES     comma list of test files or globs instead of the config's own (`--files`)
//   WEBKIT_DRIVER_PORT  the WebKitWebDriver that scripts/test.mjs started
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES, LABELS, browserPaths } from './browsers.mjs';
import { testRoutes } from './server.mjs';

const paths = browserPaths();

const named = (launcher, name) => Object.assign(launcher, { name });

const launchers = {
  chromium: () =>
    // chromeLauncher calls a puppeteer-core-launched browser "Chrome": name it for what it is
    named(chromeLauncher({ launchOptions: { executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS } }), LABELS.chromium),
  firefox: () =>
    // the same launcher, handed puppeteer-core so it can start Firefox over WebDriver BiDi
    named(chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true } }), LABELS.firefox),
  webkit: () => {
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      path: '/',
      logLevel: 'error',
      // no browserName: WebKitWebDriver answers "Failed to match capabilities" if it is set
      capabilities: { 'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] } },
    });
    // initialize() names the launcher from the capabilities (empty here): name it afterwards
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (...args) => {
      await initialize(...args);
      launcher.name = LABELS.webkit;
    };
    return launcher;
  },
};

/** The engines to run: NICE_PICK_ENGINES, checked. */
export function engines() {
  const wanted = (process.env.NICE_PICK_ENGINES || 'chromium').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`NICE_PICK_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return wanted;
}

/**
 * One wtr group per engine, each with `files` (globs relative to the config's folder), or the
 * files named by NICE_PICK_FILES. `chromiumOnly` globs (screenshot baselines are one engine's)
 * run in Chromium alone; an engine left with nothing to run gets no group.
 */
export function engineGroups({ files, chromiumOnly = [] }) {
  const requested = process.env.NICE_PICK_FILES?.split(',').filter(Boolean);
  const chosen = requested ?? files;
  const only = (pattern) => chromiumOnly.some((glob) => pattern.startsWith(glob.replace(/\*.*$/, '')));
  return engines().flatMap((engine) => {
    const own = engine === 'chromium' ? chosen : [...chosen, ...chromiumOnly.map((glob) => `!${glob}`)];
    const runnable = own.filter((pattern) => !pattern.startsWith('!') && (engine === 'chromium' || !only(pattern)));
    if (runnable.length === 0) {
      console.log(`[test] ${LABELS[engine]}: nothing to run (${chromiumOnly.join(', ')} is Chromium's alone)`);
      return [];
    }
    return [{ name: engine, files: own, browsers: [launchers[engine]()] }];
  });
}

/** A Node-style (req, res, next) handler as Koa middleware: it answers, or Koa goes on. */
export const koaMiddleware = (handler) => async (ctx, next) => {
  let passed = false;
  // Koa's own status, for wtr's report of 404s, follows what the handler writes
  const writeHead = ctx.res.writeHead;
  ctx.res.writeHead = (status, ...rest) => {
    ctx.status = status;
    return writeHead.call(ctx.res, status, ...rest);
  };
  await new Promise((resolve, reject) => {
    ctx.res.once('close', resolve);
    Promise.resolve(
      handler(ctx.req, ctx.res, () => {
        passed = true;
        resolve();
      }),
    ).catch(reject);
  });
  ctx.res.writeHead = writeHead;
  if (passed) return next();
  // the page went away before a slow answer (a test that ended, an aborted fetch): no 404 to report
  if (!ctx.res.headersSent) ctx.status = 204;
  ctx.respond = false; // the handler wrote the answer itself
};

/** The test routes (test/support/server.mjs) as wtr middleware. */
export const testMiddleware = koaMiddleware(testRoutes);

function countTests(suite, counts) {
  if (!suite) return;
  for (const t of suite.tests) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite.suites) countTests(s, counts);
}

/**
 * JSON imported by a module (`import data from '../../examples/x.json'`, as Vite builds it) as a
 * JavaScript module whose default export is the data, for the test pages, which load sources
 * unbundled. Only imports are rewritten (to `x.json?as-module`): a `fetch` of the same file, or a
 * card's `src`, still gets the JSON itself.
 */
export function jsonModules(rootDir) {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (/\.json$/.test(source) && (source.startsWith('.') || source.startsWith('/'))) return `${source}?as-module`;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has('as-module')) return undefined;
      const file = path.join(rootDir, decodeURIComponent(context.path));
      if (!file.startsWith(rootDir)) return undefined;
      return { body: `export default ${await readFile(file, 'utf8')};`, type: 'js' };
    },
  };
}

/** The closing line `tests: N passed, N failed[, N skipped]`, after wtr's own report. */
export function summaryLineReporter() {
  let line;
  return {
    // stop() runs right before the CLI prints its final progress block (the very end of the
    // output), and that block is built from getTestProgress(): so count here, print there.
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        countTests(session.testResults, counts);
        // a file that failed without a failing test (load error, timeout, crash) counts as one
        // failure, so the line never claims success
        if (session.passed === false && counts.failed === before) counts.failed++;
      }
      line = `tests: ${counts.passed} passed, ${counts.failed} failed`;
      if (counts.skipped) line += `, ${counts.skipped} skipped`;
    },
    getTestProgress() {
      return line ? [line] : [];
    },
  };
}

/** What every config here shares: one page per browser at a time, long timeouts for 2 cores. */
export const shared = {
  nodeResolve: true,
  concurrency: 1, // 2-core machines; WebKit's webdriver launcher needs 1 anyway
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  // @open-wc/testing loads Lit's dev build, which announces itself in every file and engine
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
};
