// The site's browser tests (site/test/*.test.ts) in Chromium, Firefox and WebKit, against the
// BUILT site: `npm run test:site` builds site/dist/ first, and the pages are served from the
// repository root (rootDir) as /site/dist/…, beside the element's test routes (/__test__/…).
// Two routes of the site's own, under /__site__/:
//   POST /__site__/link            the body (a comparison's JSON) through `nice-pick link`: its stdout
//   POST /__site__/embed           the same through `nice-pick embed`: its stdout
//   POST /__site__/render[?theme=T]  the same through `nice-pick render [--theme T]`: its stdout
//   POST /__site__/page            keeps the body (HTML) as a page: answers its path, /__site__/page/N,
//                                  which serves it with test/report-card.js first (the studio's
//                                  snippets pasted into a blank page, opened from the other origin)
//   GET /__site__/outline/N[?scripts=1]   page N again, but framed (sandbox="allow-same-origin", plus
//                                  allow-scripts with scripts=1) as /__site__/static/N by a page that
//                                  posts the card's outline (test/report-outline.ts): the studio's
//                                  static card where no script runs (served with script-src 'none'),
//                                  or where the element's script takes it over
//   POST /__site__/page?file=NAME.json   keeps the body (JSON) as the file /__site__/page/NAME.json,
//                                  beside those pages (the studio's downloaded file, for its src snippet)
//   /site/dist/nice-pick.js        sent with Access-Control-Allow-Origin: *, as a CDN sends it (a page
//                                  on the other origin loads it as a module script)
//   /site/dist/studio/export-test.html[?theme=dark]   a page for the studio's export panel
//                                  (test/support/export-page.ts), under the viewer's CSP, with axe
//   /site/dist/{embed,studio}/index.html?test=1, /site/dist/docs/NAME.html?test=1   the built viewer,
//                                  studio or docs page with two scripts before its own: axe-core
//                                  and test/record-violations.js (CSP violations, for the tests)
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { engineGroups, jsonModules, koaMiddleware, shared, summaryLineReporter, testMiddleware } from '../test/support/wtr.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here('../bin/nice-pick.mjs');

const pages = [];
const files = new Map();
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob:; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

async function siteRoutes(req, res, next) {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://test');
  if (pathname === '/__site__/page' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const file = searchParams.get('file');
    if (file && /^[\w.-]+\.json$/.test(file)) {
      files.set(file, body);
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`/__site__/page/${file}`);
      return;
    }
    pages.push(body);
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`/__site__/page/${pages.length - 1}`);
    return;
  }
  const file = /^\/__site__\/page\/([\w.-]+\.json)$/.exec(pathname);
  if (file && files.has(file[1])) {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(files.get(file[1]));
    return;
  }
  if (pathname === '/site/dist/nice-pick.js') res.setHeader('Access-Control-Allow-Origin', '*');
  const page = /^\/__site__\/page\/(\d+)$/.exec(pathname);
  if (page && pages[Number(page[1])] !== undefined) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blank page</title><script src="/site/test/report-card.js"></script></head><body>\n${pages[Number(page[1])]}</body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(html);
    return;
  }
  const outline = /^\/__site__\/(outline|static)\/(\d+)$/.exec(pathname);
  if (outline && pages[Number(outline[2])] !== undefined) {
    const scripts = searchParams.get('scripts') === '1';
    const query = scripts ? '?scripts=1' : '';
    if (outline[1] === 'outline') {
      const sandbox = scripts ? 'allow-same-origin allow-scripts' : 'allow-same-origin';
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outline</title><script type="module" src="/site/test/report-outline.ts"></script></head><body style="margin:0"><iframe title="the pasted page" sandbox="${sandbox}" src="/__site__/static/${outline[2]}${query}" style="width:800px;height:3000px;border:0"></iframe></body></html>`;
      res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(html);
      return;
    }
    // the pasted HTML alone; an inline script that marks the page shows whether scripts ran
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blank page</title></head><body>\n${pages[Number(outline[2])]}<script>document.documentElement.dataset.ran = 'yes'</script></body></html>`;
    const headers = { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' };
    if (!scripts) headers['Content-Security-Policy'] = "script-src 'none'";
    res.writeHead(200, headers).end(html);
    return;
  }
  if (pathname === '/site/dist/studio/export-test.html') {
    const dark = searchParams.get('theme') === 'dark' ? ' class="dark"' : '';
    const html = `<!doctype html><html lang="en"${dark}><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Export panel – test</title><link rel="stylesheet" href="/site/test/support/export-page.css"><script src="/site/test/record-violations.js"></script><script src="/node_modules/axe-core/axe.min.js"></script><script type="module" src="/site/test/support/export-page.ts"></script></head><body><main id="main"><h1>Studio</h1></main></body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(html);
    return;
  }
  const command = /^\/__site__\/(link|embed|render)$/.exec(pathname)?.[1];
  if (command && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const dir = mkdtempSync(join(tmpdir(), 'nice-pick-link-'));
    try {
      writeFileSync(join(dir, 'comparison.json'), body);
      const file = join(dir, 'comparison.json');
      const theme = searchParams.get('theme');
      const args =
        command === 'link' ? [cli, 'link', '--base', `http://${req.headers.host}/site/dist/embed/`, file]
        : command === 'render' ? [cli, 'render', ...(theme ? ['--theme', theme] : []), file]
        : [cli, 'embed', file];
      const { stdout } = await promisify(execFile)(process.execPath, args);
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(stdout);
    } catch (error) {
      res.writeHead(422, { 'Content-Type': 'text/plain' }).end(String(error.stderr ?? error));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  // the viewer's, the studio's and the docs pages' test copies
  const testPage = /^\/site\/dist\/((?:embed|studio)\/index|docs\/[\w-]+)\.html$/.exec(pathname);
  if (testPage && searchParams.get('test') === '1') {
    const page = readFileSync(here(`dist/${testPage[1]}.html`), 'utf8');
    const scripts = '<script src="/site/test/record-violations.js"></script><script src="/node_modules/axe-core/axe.min.js"></script>';
    res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(page.replace('<title>', `${scripts}<title>`));
    return;
  }
  return next();
}

export default {
  ...shared,
  rootDir: here('../'),
  // absolute: wtr globs a group's files from the working directory, whichever it is
  groups: engineGroups({ files: [here('./test/*.test.ts')] }),
  // jsonModules: the studio's templates import examples/*.json, as Vite builds them
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: here('./tsconfig.json') }), jsonModules(here('../'))],
  middleware: [koaMiddleware(siteRoutes), testMiddleware],
  reporters: [defaultReporter(), summaryLineReporter()],
};
