// A static file server for the bench scripts driven by puppeteer-core (tachometer brings its own):
// the repo root on a free loopback port, and under /__test__/ the project's one test-server
// middleware (test/support/server.mjs): `/__test__/json?file=NAME&delay=MS` answers fixtures/NAME
// that much later, like a slow network, for the loading state and for requests cut off by a
// removed card. Node built-ins only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testRoutes } from '../test/support/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

async function staticFile(req, res, url) {
  const file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end('not found');
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(body);
}

/**
 * Starts the server; resolves with its origin, `stats` (requests, finished, and closedEarly: those
 * whose client went away, an aborted fetch, before the answer), `pages` (a Map from a path such as
 * `/bench/x.html` to the HTML to answer there, for pages a script makes) and close().
 */
export function serve() {
  const stats = { requests: 0, finished: 0, closedEarly: 0 };
  const pages = new Map();
  const server = createServer((req, res) => {
    stats.requests++;
    res.on('close', () => (res.writableFinished ? stats.finished++ : stats.closedEarly++));
    const url = new URL(req.url, 'http://localhost');
    if (pages.has(url.pathname)) {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
      return res.end(pages.get(url.pathname));
    }
    testRoutes(req, res, () => staticFile(req, res, url)).catch((error) => {
      console.error(`[bench] ${req.url}: ${error.stack ?? error}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, stats, pages, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
