// @web/test-runner config for nice-pick.
// Normally run through `npm test` (scripts/test.mjs), which picks the engines, starts
// WebKitWebDriver and sets the env vars read below. `npx wtr` alone runs Chromium only.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import * as puppeteerCore from 'puppeteer-core';

const root = fileURLToPath(new URL('.', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

const env = process.env;
const CHROME_PATH = env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX_PATH = env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const MINIBROWSER_PATH =
  env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER_PORT = Number(env.WEBKIT_DRIVER_PORT || 4444);

const KNOWN_ENGINES = ['chromium', 'firefox', 'webkit'];
const engines = (env.NICE_PICK_ENGINES || 'chromium')
  .split(',')
  .map(s => s.trim().toLowerCase())
  .filter(Boolean);
for (const e of engines) {
  if (!KNOWN_ENGINES.includes(e)) {
    throw new Error(`NICE_PICK_ENGINES: unknown engine "${e}" (known: ${KNOWN_ENGINES.join(', ')})`);
  }
}

// ---------------------------------------------------------------------------
// Browsers
// ---------------------------------------------------------------------------

function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: CHROME_PATH,
      headless: true,
      args: [
        '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start
        '--disable-gpu',
        '--disable-dev-shm-usage', // small /dev/shm in containers crashes tabs
        // the network is closed: stop Chromium from phoning home and waiting on it
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
      ],
    },
  });
  launcher.name = 'Chromium'; // chromeLauncher calls a puppeteer-core-launched browser "Chrome"
  return launcher;
}

function firefox() {
  // Same launcher, but handed puppeteer-core so it can start Firefox (over WebDriver BiDi).
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
  });
  launcher.name = 'Firefox';
  return launcher;
}

function webkit() {
  // scripts/test.mjs starts `WebKitWebDriver --port=N` (inside xvfb-run) and passes N.
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: WEBKIT_DRIVER_PORT,
    path: '/',
    logLevel: 'error',
    capabilities: {
      // no browserName: WebKitWebDriver answers "Failed to match capabilities" if it is set
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    },
  });
  // initialize() derives the name from the capabilities (empty here), so name it afterwards
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  return launcher;
}

const factories = { chromium, firefox, webkit };

// ---------------------------------------------------------------------------
// Screenshot tests (test/visual/): Chromium only
// ---------------------------------------------------------------------------
// Engines draw text differently, so one set of baselines can only be one engine's: Chromium's.
// `--files` on the command line replaces `files` below, and wtr runs those in the top-level
// `browsers`; so the top-level (default) group is Chromium's and gets every file, and a group
// runs the same files minus test/visual/ in the other engines. Thus `npm test`,
// `npm test -- --files test/visual/x.test.ts` and `--files test/card.test.ts` all do the right thing.

const FILES = ['test/**/*.test.ts', '!test/node/**', '!test/types/**'];
const visualDir = fileURLToPath(new URL('./test/visual/', import.meta.url));
const isVisual = file => path.resolve(file).startsWith(visualDir);

const require = createRequire(import.meta.url);
const wtrDist = path.dirname(require.resolve('@web/test-runner'));
const coreDist = path.dirname(require.resolve('@web/test-runner-core'));
// wtr's own argument parser and file globbing, so the files here are the ones wtr will run
const { readCliArgs } = require(path.join(wtrDist, 'config/readCliArgs.js'));
const { collectTestFiles } = require(path.join(coreDist, 'runner/collectTestFiles.js'));

const cliFiles = readCliArgs().files; // undefined without --files
const testFiles = collectTestFiles(cliFiles ?? FILES, process.cwd());
const launchers = Object.fromEntries(engines.map(e => [e, factories[e]()]));
const mainEngine = engines.includes('chromium') ? 'chromium' : engines[0];
const otherEngines = engines.filter(e => e !== mainEngine);
const nonVisualFiles = testFiles.filter(f => !isVisual(f));

if (mainEngine !== 'chromium' && testFiles.some(isVisual)) {
  if (cliFiles) {
    throw new Error(
      'test/visual/ (screenshot tests) runs in Chromium only: add chromium to NICE_PICK_ENGINES',
    );
  }
  console.log('[test] no Chromium: screenshot tests (test/visual/) not run');
}

const groups =
  otherEngines.length && nonVisualFiles.length
    ? [{ name: 'other-engines', files: nonVisualFiles, browsers: otherEngines.map(e => launchers[e]) }]
    : [];

/**
 * Server command `nice-pick-emulate-media` ({ media?: 'print' | 'screen', features?: [{ name,
 * value }] }): Emulation.setEmulatedMedia on the test page, straight over the DevTools protocol,
 * since puppeteer's page.emulateMediaFeatures refuses `forced-colors`. Each call replaces the
 * whole emulation; `{}` resets it. Chromium only.
 */
function emulateMediaCdpPlugin() {
  const clients = new WeakMap(); // puppeteer page -> its CDP session (emulation lives as long as it)
  return {
    name: 'nice-pick-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nice-pick-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`nice-pick-emulate-media needs Chromium, not ${session.browser.name}`);
      }
      const { media = '', features = [] } = payload ?? {};
      const page = session.browser.getPage(session.id);
      let client = clients.get(page);
      if (!client) {
        client = await page.createCDPSession();
        clients.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}

// ---------------------------------------------------------------------------
// Framework tests (test/frameworks/): React 19, Vue 3, Svelte 5, Angular, Preact and Solid in the
// browser, unbundled
// ---------------------------------------------------------------------------
// React ships CommonJS only, and its entries choose a build by process.env.NODE_ENV. esbuild
// turns react, react/jsx-runtime, react-dom and react-dom/client into ONE ES module (one copy of
// React, the development build, for its warnings), built on first use; each entry is then a tiny
// module that names its exports (listed by Node's require, in a child process, since React's
// development build patches the console of the process that loads it).
// (@rollup/plugin-commonjs through @web/dev-server-rollup was tried: without a bundle it cannot
// give CommonJS modules their named exports, and react-dom's require('react') came out undefined.)
// Vue's default entry (esm-bundler) reads process.env too: serve its browser build instead, the
// full one, with the template compiler, so the test app can use a template.

const reactEntries = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const reactPrefix = '/__nice-pick__/react-esm/';
const reactBundlePath = `${reactPrefix}bundle.js`;
const inNodeModules = /\/node_modules\//;

function reactEsmPlugin() {
  let bundle; // Promise<string>
  let names; // entry -> its export names
  const buildBundle = async () => {
    const { build } = await import('esbuild');
    const contents = reactEntries.map((entry, i) => `export * as entry${i} from ${JSON.stringify(entry)};`).join('\n');
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  const exportNames = () =>
    (names ??= JSON.parse(
      execFileSync(
        process.execPath,
        ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(reactEntries)}.map((e) => [e, Object.keys(require(e))]))))`],
        { cwd: root, env: { ...process.env, NODE_ENV: 'development' }, encoding: 'utf8' },
      ),
    ));
  return {
    name: 'nice-pick-react-esm',
    resolveImport({ source, context }) {
      if (!reactEntries.includes(source) || inNodeModules.test(context.path)) return undefined;
      return `${reactPrefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(reactPrefix)) return undefined;
      if (context.path === reactBundlePath) return { body: await (bundle ??= buildBundle()), type: 'js' };
      const entry = context.path.slice(reactPrefix.length, -'.js'.length);
      const i = reactEntries.indexOf(entry);
      if (i < 0) return undefined;
      const named = exportNames()[entry].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      const body =
        `import { entry${i} as m } from ${JSON.stringify(reactBundlePath)};\n` +
        `export const { ${named.join(', ')} } = m;\n` +
        'export default m.default;\n';
      return { body, type: 'js' };
    },
  };
}

function vueBrowserBuildPlugin() {
  return {
    name: 'nice-pick-vue-browser-build',
    resolveImport({ source }) {
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      return undefined;
    },
  };
}

// Svelte 5 (test/frameworks/svelte-app.svelte): a request for a .svelte file gets the component
// compiled by svelte/compiler for the browser (generate: 'client', dev: true for Svelte's runtime
// checks and warnings), served as JS. Its imports are bare `svelte/internal/client` and
// `svelte/internal/disclose-version`; Svelte's runtime imports `svelte` and `esm-env`, whose
// package exports choose the build by condition: `svelte` is the server build (mount() throws)
// and `esm-env/browser` is false unless the `browser` condition is on, and the default nodeResolve
// has `development` only. So those two packages are resolved here with the browser's conditions;
// everything else in them (`clsx`, `#client/constants`, relative files) goes through nodeResolve.

const svelteConditions = ['browser', 'development', 'import', 'default'];
const svelteBrowserPackages = /^(svelte|esm-env)(\/.*)?$/;

/** `pkg` or `pkg/sub` -> `/node_modules/pkg/...` by the package's `exports`, for the browser. */
function resolveBrowserExport(source, packages = svelteBrowserPackages) {
  const [, name, sub = ''] = packages.exec(source);
  const pkgDir = path.join(root, 'node_modules', name);
  const { exports } = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  let target = exports[`.${sub}`];
  while (target && typeof target === 'object') {
    const key = Object.keys(target).find((k) => svelteConditions.includes(k));
    target = key && target[key];
  }
  if (typeof target !== 'string') throw new Error(`no browser export for ${source}`);
  return `/node_modules/${name}/${target.replace(/^\.\//, '')}`;
}

function svelteCompilePlugin() {
  return {
    name: 'nice-pick-svelte',
    resolveImport({ source, context }) {
      if (svelteBrowserPackages.test(source)) return resolveBrowserExport(source);
      // like the esbuild plugin for .ts files: `../../src/index.js` in a component means index.ts
      if (context.path.endsWith('.svelte') && source.startsWith('.') && source.endsWith('.js')) {
        const ts = `${source.slice(0, -'.js'.length)}.ts`;
        const dir = path.dirname(path.join(root, decodeURIComponent(context.path)));
        if (existsSync(path.join(dir, ts))) return ts;
      }
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.svelte')) return undefined;
      const file = path.join(root, decodeURIComponent(context.path));
      if (!file.startsWith(root) || !existsSync(file)) return undefined;
      const { compile } = await import('svelte/compiler');
      const filename = path.relative(root, file);
      const { js, warnings } = compile(await readFile(file, 'utf8'), { generate: 'client', dev: true, filename });
      // a compiler warning (a11y, deprecated syntax...) fails the request, so it is never missed
      if (warnings.length) throw new Error(warnings.map((w) => `${filename}: ${w.code}: ${w.message}`).join('\n'));
      return { body: js.code, type: 'js' };
    },
  };
}

// Solid (test/frameworks/solid-app.tsx): JSX compiled by Solid's own compiler, as
// vite-plugin-solid does: esbuild strips the types and keeps the JSX, then babel-preset-solid turns
// it into DOM code (dev build). `solid-js` and `solid-js/web` are resolved with the browser's
// conditions, like Svelte's packages above: otherwise Node's condition picks the server build.

const solidPackages = /^(solid-js)(\/.*)?$/;
const isSolidApp = (file) => /^solid-.*\.tsx$/.test(path.basename(file)) && path.dirname(file) === path.join(root, 'test', 'frameworks');

function solidCompilePlugin() {
  return {
    name: 'nice-pick-solid',
    resolveImport({ source }) {
      if (solidPackages.test(source)) return resolveBrowserExport(source, solidPackages);
      return undefined;
    },
    async serve(context) {
      const file = path.join(root, decodeURIComponent(context.path));
      if (!isSolidApp(file) || !existsSync(file)) return undefined;
      const { transform } = await import('esbuild');
      const stripped = await transform(await readFile(file, 'utf8'), { loader: 'tsx', jsx: 'preserve', target: 'es2022', sourcefile: file });
      const requireFromHere = createRequire(import.meta.url);
      const babel = requireFromHere('@babel/core');
      const { code } = babel.transformSync(stripped.code, {
        filename: file,
        presets: [[requireFromHere.resolve('babel-preset-solid'), { generate: 'dom', dev: true }]],
        babelrc: false,
        configFile: false,
      });
      return { body: code, type: 'js' };
    },
  };
}

// Angular (test/frameworks/angular-app.ts): compiled ahead of time, as `ng build` does, by
// Angular's own compiler (ngtsc, from @angular/compiler-cli) with strict template type checking:
// a type error in a template (say `(load)="shown($event)"` with a handler for the wrong event)
// fails the request, so the test file fails to load with the compiler's message. All the
// test/frameworks/angular-*.ts components are compiled in one program, once per run (~5 s).
// Angular's own packages on npm are in "partial" form (ɵɵngDeclare… calls), which the Angular
// linker finishes at build time: done here with its Babel plugin, on each such file served.

const angularDir = path.join(root, 'test', 'frameworks');
const isAngularComponent = (file) => /^angular-(?!.*\.test\.ts$).*\.ts$/.test(path.basename(file)) && path.dirname(file) === angularDir;

async function compileAngularComponents() {
  const ts = (await import('typescript')).default;
  const ng = await import('@angular/compiler-cli');
  const files = readdirSync(angularDir).map((f) => path.join(angularDir, f)).filter(isAngularComponent);
  const { config } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const outDir = path.join(root, '.angular-aot-out'); // never written: writeFile below keeps the output
  const compilerOptions = {
    ...options,
    noEmit: false,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: false,
    outDir,
    rootDir: root,
    strictTemplates: true,
    strictInjectionParameters: true,
    extendedDiagnostics: { defaultCategory: 'error' },
  };
  const host = ng.createCompilerHost({ options: compilerOptions });
  const output = new Map();
  host.writeFile = (name, text) => output.set(path.resolve(name), text);
  const { diagnostics } = ng.performCompilation({ rootNames: files, options: compilerOptions, host });
  if (diagnostics.length) throw new Error(`Angular compiler:\n${ng.formatDiagnostics(diagnostics)}`);
  return new Map(files.map((file) => [file, output.get(path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js'))]));
}

function angularPlugin() {
  let compiled; // Promise<Map<file, js>>
  let linker; // Promise<(code, filename) => code>
  const loadLinker = async () => {
    const requireFromNg = createRequire(require.resolve('@angular/compiler-cli/package.json'));
    const babel = requireFromNg('@babel/core');
    const { default: linkerPlugin } = await import('@angular/compiler-cli/linker/babel');
    return (code, filename) =>
      babel.transformSync(code, { filename, plugins: [linkerPlugin], babelrc: false, configFile: false, compact: false, sourceMaps: false }).code;
  };
  return {
    name: 'nice-pick-angular',
    serverStart() {
      // compile while the browsers start, when this run has Angular tests
      if (testFiles.some((file) => path.basename(file).startsWith('angular'))) {
        compiled = compileAngularComponents();
        compiled.catch(() => {}); // reported when the test file asks for the component
      }
    },
    async serve(context) {
      const file = path.join(root, decodeURIComponent(context.path));
      if (!isAngularComponent(file)) return undefined;
      compiled ??= compileAngularComponents();
      let body;
      try {
        body = (await compiled).get(file);
      } catch (error) {
        compiled = undefined; // let a fixed file compile on the next request
        throw error;
      }
      if (body === undefined) return undefined;
      return { body, type: 'js' };
    },
    async transform(context) {
      if (!context.path.includes('/node_modules/@angular/') || typeof context.body !== 'string') return undefined;
      if (!context.body.includes('ɵɵngDeclare')) return undefined;
      linker ??= loadLinker();
      return { body: (await linker)(context.body, path.join(root, decodeURIComponent(context.path))) };
    },
  };
}

// ---------------------------------------------------------------------------
// Test-only endpoints under /__test__/ (for fetch/error-path tests)
// ---------------------------------------------------------------------------

function send(ctx, status, type, body) {
  ctx.status = status;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

async function testEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const route = ctx.path.slice('/__test__/'.length);

  const status = /^status\/(\d{3})$/.exec(route);
  if (status) {
    const code = Number(status[1]);
    return send(ctx, code, 'text/plain', `test status ${code}\n`);
  }
  if (route === 'bad-json') {
    return send(ctx, 200, 'application/json', '{"options": [');
  }
  if (route === 'wrong-shape') {
    return send(ctx, 200, 'application/json', '{"options": [{"name": 1}]}');
  }
  // test/loading.test.ts: a valid comparison under any Content-Type (?type=...), one whose title
  // says which cookie came with the request, and an answer of ?bytes= bytes with no Content-Length.
  const tiny = (title) => JSON.stringify({ title, options: [{ name: 'A', pros: [], cons: [] }, { name: 'B', pros: [], cons: [] }] });
  if (route === 'typed') {
    return send(ctx, 200, String(ctx.query.type ?? ''), tiny(`served as ${ctx.query.type}`));
  }
  if (route === 'cookie') {
    return send(ctx, 200, 'application/json', tiny(`cookie: ${ctx.get('Cookie') || 'none'}`));
  }
  if (route === 'big') {
    const { Readable } = await import('node:stream');
    const total = Math.min(Number(ctx.query.bytes) || 0, 4 << 20);
    const chunk = ' '.repeat(64 * 1024);
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    // A stream: Koa then sends no Content-Length, so the card can only count as it reads.
    ctx.body = Readable.from(
      (function* () {
        yield '{"options": [';
        for (let sent = 0; sent < total; sent += chunk.length) yield chunk;
        yield ']}';
      })(),
    );
    return;
  }
  if (route === 'json') {
    const file = String(ctx.query.file ?? '');
    // only plain file names inside fixtures/: no slashes, no "..", no hidden files
    if (!/^[\w-][\w.-]*$/.test(file) || file.includes('..')) {
      return send(ctx, 400, 'text/plain', `bad fixture name: ${file}\n`);
    }
    const delay = Math.min(Math.max(Number(ctx.query.delay) || 0, 0), 10000);
    let body;
    try {
      body = await readFile(fixturesDir + file, 'utf8');
    } catch {
      return send(ctx, 404, 'text/plain', `no fixture: ${file}\n`);
    }
    if (delay) await sleep(delay);
    return send(ctx, 200, 'application/json', body);
  }
  if (route === 'server-html') return serverHtml(ctx);
  return send(ctx, 404, 'text/plain', `unknown test endpoint: ${route}\n`);
}

// /__test__/server-html?file=NAME (a fixture) or POST a comparison as JSON: renderComparison's
// HTML, made in Node from src/server.ts (loaded through tsx on first use, so no build of lib/
// is needed), for test/server-static.test.ts. Query options: theme, heading-level,
// structured-data=1. Answers 422 with the message when the renderer throws.
let serverModule; // Promise of src/server.ts's exports
const loadServer = () =>
  (serverModule ??= import('tsx/esm/api').then(({ tsImport }) => tsImport('./src/server.ts', import.meta.url)));

async function serverHtml(ctx) {
  let data;
  if (ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    data = JSON.parse(body);
  } else {
    const file = String(ctx.query.file ?? '');
    if (!/^[\w-][\w.-]*\.json$/.test(file)) return send(ctx, 400, 'text/plain', `bad fixture name: ${file}\n`);
    try {
      data = JSON.parse(await readFile(fixturesDir + file, 'utf8'));
    } catch {
      return send(ctx, 404, 'text/plain', `no fixture: ${file}\n`);
    }
  }
  const { renderComparison } = await loadServer();
  const level = ctx.query['heading-level'];
  try {
    const html = renderComparison(data, {
      theme: ctx.query.theme,
      headingLevel: level === undefined ? undefined : Number(level),
      structuredData: ctx.query['structured-data'] === '1',
    });
    return send(ctx, 200, 'text/html', html);
  } catch (error) {
    return send(ctx, 422, 'text/plain', String(error?.message ?? error));
  }
}

// ---------------------------------------------------------------------------
// BEGIN hostile-input tests (issue 6): test/hostile-data, test/hostile-pages, test/shared-requests
// ---------------------------------------------------------------------------
// Everything here answers under /__test__/ and is used by those files only:
//   /__test__/np-canary/*             204: a path hostile data points at; a request for it is a bug
//   /__test__/count/RUN/N.json        fixture number N (0-4), counting requests per URL for RUN
//   /__test__/count/RUN/stats         those counts, as JSON { "/__test__/count/RUN/0.json": 1, ... }
//   /__test__/csp/card-states.html    test/csp/card-states.html with a Content-Security-Policy header
//   /__test__/csp/card-states.js      its page script (test/csp/card-states.js), and listen.js
// The page takes ?policy=strict (default: the policy), duplicates (Trusted Types policy
// names may repeat) or ssr-hash (style-src allows the server-rendered <style> by its hash), and
// ?ssr=1 to add a server-rendered card (renderComparison) to the page, ?ssr=ld one with its JSON-LD.

const cspDir = fileURLToPath(new URL('./test/csp/', import.meta.url));
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];
const countFixtures = ['gpu-vs-tpu.json', 'technical-debt-vs-clean-code.json', 'solo-work-vs-pair-programming.json',
  'performance-measurement-vs-code-review.json', 'example-three-options.json'];
const requestCounts = new Map(); // RUN -> Map(path -> count)
let stylesModule; // Promise of src/styles.ts's exports

/** The policy for ?policy=NAME: the strict one, or it with one change. */
async function cspFor(name) {
  const policy = [...STRICT_CSP];
  if (name === 'duplicates') policy[5] = "trusted-types lit-html 'allow-duplicates'";
  else if (name === 'nice-pick') policy[5] = 'trusted-types lit-html nice-pick'; // structured-data's policy
  else if (name === 'ssr-hash') {
    const { createHash } = await import('node:crypto');
    stylesModule ??= import('tsx/esm/api').then(({ tsImport }) => tsImport('./src/styles.ts', import.meta.url));
    const { styles } = await stylesModule;
    policy[2] = `style-src 'self' 'sha256-${createHash('sha256').update(styles).digest('base64')}'`;
  } else if (name && name !== 'strict') throw new Error(`unknown policy ${name}`);
  return policy.join('; ');
}

async function hostileEndpoints(ctx, next) {
  if (ctx.path.startsWith('/__test__/np-canary/')) return send(ctx, 204, 'text/plain', '');

  const count = /^\/__test__\/count\/([\w-]+)\/(?:(\d)\.json|(stats))$/.exec(ctx.path);
  if (count) {
    const [, run, n, stats] = count;
    const counts = requestCounts.get(run) ?? new Map();
    requestCounts.set(run, counts);
    if (stats) return send(ctx, 200, 'application/json', JSON.stringify(Object.fromEntries(counts)));
    counts.set(ctx.path, (counts.get(ctx.path) ?? 0) + 1);
    const file = countFixtures[Number(n)];
    if (!file) return send(ctx, 404, 'text/plain', `no fixture number ${n}\n`);
    const delay = Math.min(Math.max(Number(ctx.query.delay) || 0, 0), 5000);
    if (delay) await sleep(delay);
    return send(ctx, 200, 'application/json', await readFile(fixturesDir + file, 'utf8'));
  }

  const csp = /^\/__test__\/csp\/((?:card-states|listen)\.(html|js))$/.exec(ctx.path);
  if (csp) {
    const [, file, kind] = csp;
    let body = await readFile(cspDir + file, 'utf8');
    if (kind === 'html' && (ctx.query.ssr === '1' || ctx.query.ssr === 'ld')) {
      const { renderComparison } = await loadServer();
      const data = JSON.parse(await readFile(fixturesDir + 'gpu-vs-tpu.json', 'utf8'));
      const html = renderComparison(data, { structuredData: ctx.query.ssr === 'ld' });
      body = body.replace('<!--server-rendered-->', html.replace('<nice-pick ', '<nice-pick id="ssr" '));
    }
    send(ctx, 200, kind === 'html' ? 'text/html' : 'text/javascript', body);
    ctx.set('Content-Security-Policy', await cspFor(ctx.query.policy));
    return;
  }
  return next();
}
// ---------------------------------------------------------------------------
// END hostile-input tests
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Closing summary line: `tests: N passed, N failed[, N skipped]`
// ---------------------------------------------------------------------------

function countTests(suite, counts) {
  if (!suite) return;
  for (const t of suite.tests) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite.suites) countTests(s, counts);
}

function summaryLineReporter() {
  let line;
  return {
    // stop() runs right before the CLI prints its final progress block (the very end of the
    // output), and that block is built from getTestProgress(): so compute here, print there.
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        countTests(session.testResults, counts);
        // a file that failed without a failing test (load error, timeout, uncaught error,
        // browser crash) still counts as one failure, so the line never claims success
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

// ---------------------------------------------------------------------------

export default {
  rootDir: root,
  files: mainEngine === 'chromium' ? FILES : [...FILES, '!test/visual/**'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      ...(existsSync(tsconfig) ? { tsconfig } : {}),
    }),
    // test/frameworks/*.tsx: JSX as React 19 compiles it (tsconfig.json: "jsx": "react-jsx")
    esbuildPlugin({ tsx: true, target: 'es2022', ...(existsSync(tsconfig) ? { tsconfig } : {}) }),
    vueBrowserBuildPlugin(),
    reactEsmPlugin(),
    svelteCompilePlugin(),
    solidCompilePlugin(),
    angularPlugin(),
    emulateMediaCdpPlugin(),
    a11ySnapshotPlugin(), // test/visual/outline.test.ts: Chromium's accessibility tree
    // `npm run test:update-screenshots` passes --update-visual-baseline to rewrite the baselines
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: visualDir,
      getBaselineName: ({ name }) => path.join('baseline', name),
      // failed/ is git-ignored: the new screenshot and a diff image, for a failed comparison
      getFailedName: ({ name }) => path.join('failed', name),
      getDiffName: ({ name }) => path.join('failed', `${name}-diff`),
    }),
  ],
  // hostileEndpoints (the issue-6 block above) first: testEndpoints answers every other /__test__/ path
  middleware: [hostileEndpoints, testEndpoints],
  browsers: [launchers[mainEngine]],
  groups,
  // one page per browser at a time (2-core machines; WebKit's webdriver launcher needs 1 anyway)
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  // @open-wc/testing loads Lit's dev build, which announces itself in every file and engine
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryLineReporter()],
};
