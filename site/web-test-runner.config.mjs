// The site's browser tests (site/test/*.test.ts) in Chromium, Firefox and WebKit, against the
// BUILT site: `npm run test:site` builds site/dist/ first, and the pages are served from the
// repository root (rootDir) as /site/dist/…, beside the element's test routes (/__test__/…).
// Two routes of the site's own, under /__site__/:
//   POST /__site__/link            the body (a comparison's JSON) through `nice-pick link`: its stdout
//   /site/dist/{embed,studio}/index.html?test=1   the built viewer or studio with two scripts before its own: axe-core
//                                  and test/record-violations.js (CSP violations, for the tests)
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { engineGroups, koaMiddleware, shared, summaryLineReporter, testMiddleware } from '../test/support/wtr.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here('../bin/nice-pick.mjs');

async function siteRoutes(req, res, next) {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://test');
  if (pathname === '/__site__/link' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const dir = mkdtempSync(join(tmpdir(), 'nice-pick-link-'));
    try {
      writeFileSync(join(dir, 'comparison.json'), body);
      const args = [cli, 'link', '--base', `http://${req.headers.host}/site/dist/embed/`, join(dir, 'comparison.json')];
      const { stdout } = await promisify(execFile)(process.execPath, args);
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(stdout);
    } catch (error) {
      res.writeHead(422, { 'Content-Type': 'text/plain' }).end(String(error.stderr ?? error));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  // the viewer's and the studio's test copies
  const testPage = /^\/site\/dist\/(embed|studio)\/index\.html$/.exec(pathname);
  if (testPage && searchParams.get('test') === '1') {
    const page = readFileSync(here(`dist/${testPage[1]}/index.html`), 'utf8');
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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: here('./tsconfig.json') })],
  middleware: [koaMiddleware(siteRoutes), testMiddleware],
  reporters: [defaultReporter(), summaryLineReporter()],
};
