// The one test-server middleware: every endpoint the browser tests, the demo (`npm start`) and
// the benchmarks ask for, under /__test__/. A Node-style handler, `testRoutes(req, res, next)`:
// Vite (connect) and plain `http` servers use it as it is; web-test-runner (Koa) through
// `koaMiddleware()` in test/support/wtr.mjs. Node built-ins only, but tsx for the two routes that
// run src/ in Node.
//
//   /__test__/json?file=NAME[&delay=MS]   fixtures/NAME as JSON, at most 10 s later (a slow network)
//   /__test__/status/NNN                  an empty answer with that HTTP status
//   /__test__/bad-json, /wrong-shape      JSON that does not parse; JSON that is not a comparison
//   /__test__/typed?type=T                a valid comparison served as Content-Type T
//   /__test__/cookie                      a comparison whose title names the cookie that came
//   /__test__/big?bytes=N[&chunk=B]       N bytes of JSON with no Content-Length (streamed); with
//                                         chunk, B bytes (1 KB to 1 MB) at a time, each written once
//                                         the last has drained and a millisecond has passed, so the
//                                         browser reads many small chunks, not one big one
//   /__test__/untyped                     a valid comparison with no Content-Type header at all
//   /__test__/hold/ID[?file=NAME]         waits until /__test__/release/ID (at most 20 s), then
//                                         answers fixtures/NAME (default gpu-vs-tpu.json): tests
//                                         choose the order answers arrive in
//   /__test__/release/ID                  lets hold/ID answer (now, or as soon as it is asked)
//   ...&watch=ID (hold)                   records that request: /__test__/watch/ID answers
//                                         {"state": "none"|"open"|"closed"|"done"}:
//                                         "closed" when the client closed it before the end (an
//                                         abort, a cancelled read), "done" when it got it all;
//                                         ?until=open waits (at most 5 s) for the request to
//                                         arrive, ?until=ended for it to end
//   /__test__/server-html?file=NAME       renderComparison's HTML for a fixture (or POST the JSON);
//                                         options theme, heading-level, structured-data=1; 422 +
//                                         the message when it throws
//   /__test__/np-canary/*                 204: a path hostile data points at; a request is a bug
//   /__test__/count/RUN/N.json            fixture number N (0-4), counting requests per URL for RUN
//   /__test__/count/RUN/stats             those counts, as JSON
//   /__test__/csp/card-states.html|.js    test/csp/ pages with a Content-Security-Policy header:
//                                         ?policy=strict|duplicates|nice-pick|ssr-hash, and ?ssr=1
//                                         (a server-rendered card) or ?ssr=ld (with its JSON-LD)
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const cspDir = fileURLToPath(new URL('../csp/', import.meta.url));
const PREFIX = '/__test__/';

const send = (res, status, type, body) => {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
};

/** A fixture's text, or undefined when the name is not a plain file name in fixtures/. */
async function fixture(name) {
  if (!/^[\w-][\w.-]*$/.test(name) || name.includes('..')) return undefined;
  try {
    return await readFile(fixturesDir + name, 'utf8');
  } catch {
    return undefined;
  }
}

const delayOf = (query, max) => Math.min(Math.max(Number(query.get('delay')) || 0, 0), max);

// src/server.ts and src/styles.ts in Node, through tsx, on first use (no build of lib/ needed)
const modules = new Map();
const load = (file) => {
  if (!modules.has(file)) {
    const url = new URL(`../../${file}`, import.meta.url).href;
    modules.set(file, import('tsx/esm/api').then(({ tsImport }) => tsImport(url, import.meta.url)));
  }
  return modules.get(file);
};

const tiny = (title) => JSON.stringify({ title, options: [{ name: 'A', pros: [], cons: [] }, { name: 'B', pros: [], cons: [] }] });

async function serverHtml(req, res, query) {
  let data;
  if (req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    data = JSON.parse(body);
  } else {
    const name = query.get('file') ?? '';
    const text = /\.json$/.test(name) ? await fixture(name) : undefined;
    if (text === undefined) return send(res, 404, 'text/plain', `no fixture: ${name}\n`);
    data = JSON.parse(text);
  }
  const { renderComparison } = await load('src/server.ts');
  const level = query.get('heading-level');
  try {
    const html = renderComparison(data, {
      theme: query.get('theme') ?? undefined,
      headingLevel: level === null ? undefined : Number(level),
      structuredData: query.get('structured-data') === '1',
    });
    return send(res, 200, 'text/html', html);
  } catch (error) {
    return send(res, 422, 'text/plain', String(error?.message ?? error));
  }
}

const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];

/** The policy for ?policy=NAME: the strict one, or it with one change. */
async function cspFor(name) {
  const policy = [...STRICT_CSP];
  if (name === 'duplicates') policy[5] = "trusted-types lit-html 'allow-duplicates'";
  else if (name === 'nice-pick') policy[5] = 'trusted-types lit-html nice-pick'; // structured-data's policy
  else if (name === 'ssr-hash') {
    const { styles } = await load('src/styles.ts');
    policy[2] = `style-src 'self' 'sha256-${createHash('sha256').update(styles).digest('base64')}'`;
  } else if (name && name !== 'strict') throw new Error(`unknown policy ${name}`);
  return policy.join('; ');
}

async function cspPage(res, file, kind, query) {
  let body = await readFile(cspDir + file, 'utf8');
  const ssr = query.get('ssr');
  if (kind === 'html' && (ssr === '1' || ssr === 'ld')) {
    const { renderComparison } = await load('src/server.ts');
    const data = JSON.parse(await fixture('gpu-vs-tpu.json'));
    const html = renderComparison(data, { structuredData: ssr === 'ld' });
    body = body.replace('<!--server-rendered-->', html.replace('<nice-pick ', '<nice-pick id="ssr" '));
  }
  res.writeHead(200, {
    'Content-Type': kind === 'html' ? 'text/html' : 'text/javascript',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': await cspFor(query.get('policy')),
  });
  res.end(body);
}

const countFixtures = ['gpu-vs-tpu.json', 'technical-debt-vs-clean-code.json', 'solo-work-vs-pair-programming.json',
  'performance-measurement-vs-code-review.json', 'example-three-options.json'];
const requestCounts = new Map(); // RUN -> Map(path -> count)

async function counted(res, pathname, run, n, stats, query) {
  const counts = requestCounts.get(run) ?? new Map();
  requestCounts.set(run, counts);
  if (stats) return send(res, 200, 'application/json', JSON.stringify(Object.fromEntries(counts)));
  counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
  const file = countFixtures[Number(n)];
  if (!file) return send(res, 404, 'text/plain', `no fixture number ${n}\n`);
  const delay = delayOf(query, 5000);
  if (delay) await sleep(delay);
  return send(res, 200, 'application/json', await fixture(file));
}

// Requests the tests watch (…&watch=ID): whether the client closed them before the end.
const watched = new Map(); // ID -> { state: open, closed or done }
function watch(id, res) {
  if (!id) return;
  const record = { state: 'open' };
  const settle = (state) => {
    record.state = state;
    watchers.get(id)?.forEach((wake) => wake());
  };
  res.on('close', () => settle(res.writableFinished ? 'done' : 'closed'));
  watched.set(id, record);
  watchers.get(id)?.forEach((wake) => wake());
  setTimeout(() => watched.get(id) === record && watched.delete(id), 60000).unref(); // one test's: forget it later
  return record;
}
const watchers = new Map(); // ID -> Set of functions to call when its record changes
async function watchState(res, id, until) {
  const ready = () => {
    const state = watched.get(id)?.state ?? 'none';
    return until === 'open' ? state !== 'none' : until === 'ended' ? state === 'closed' || state === 'done' : true;
  };
  if (!ready()) {
    const wakes = watchers.get(id) ?? new Set();
    watchers.set(id, wakes);
    let wake;
    await Promise.race([new Promise((resolve) => wakes.add((wake = () => ready() && resolve()))), sleep(5000)]);
    wakes.delete(wake);
    if (!wakes.size) watchers.delete(id);
  }
  return send(res, 200, 'application/json', JSON.stringify({ state: watched.get(id)?.state ?? 'none' }));
}

// hold/ID answers when release/ID is asked, whichever comes first
const gates = new Map(); // ID -> { open: Promise, release() }
function gate(id) {
  let g = gates.get(id);
  if (!g) {
    let release;
    const open = new Promise((resolve) => (release = resolve));
    gates.set(id, (g = { open, release }));
    setTimeout(() => gates.delete(id), 60000).unref(); // IDs are one test's: forget them later
  }
  return g;
}

async function big(res, query) {
  const total = Math.min(Number(query.get('bytes')) || 0, 4 << 20);
  const paced = query.has('chunk');
  const size = paced ? Math.min(Math.max(Number(query.get('chunk')) || 0, 1024), 1 << 20) : 64 * 1024;
  const chunk = ' '.repeat(size);
  // a stream and no Content-Length: the card can only count as it reads
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  const write = async (text) => {
    if (res.destroyed) return false;
    if (!res.write(text)) {
      let done;
      await new Promise((resolve) => (done = resolve) && res.once('drain', done).once('close', done));
      res.off('drain', done).off('close', done);
    }
    if (paced) await sleep(1); // a flush of its own: the next chunk is not in the same packet
    return !res.destroyed;
  };
  if (!(await write('{"options": ['))) return;
  for (let sent = 0; sent < total; sent += chunk.length) if (!(await write(chunk))) return;
  if (await write(']}')) res.end();
}

/** The test routes, as a Node/connect middleware: anything else goes to `next()`. */
export async function testRoutes(req, res, next) {
  const { pathname, searchParams: query } = new URL(req.url ?? '/', 'http://test');
  if (!pathname.startsWith(PREFIX)) return next();
  const route = pathname.slice(PREFIX.length);
  let match;

  if (route.startsWith('np-canary/')) return send(res, 204, 'text/plain', '');
  if ((match = /^status\/(\d{3})$/.exec(route))) return send(res, Number(match[1]), 'text/plain', `test status ${match[1]}\n`);
  if (route === 'bad-json') return send(res, 200, 'application/json', '{"options": [');
  if (route === 'wrong-shape') return send(res, 200, 'application/json', '{"options": [{"name": 1}]}');
  if (route === 'typed') return send(res, 200, query.get('type') ?? '', tiny(`served as ${query.get('type')}`));
  if (route === 'cookie') return send(res, 200, 'application/json', tiny(`cookie: ${req.headers.cookie || 'none'}`));
  if (route === 'big') return big(res, query);
  if (route === 'untyped') {
    res.writeHead(200, { 'Cache-Control': 'no-store' }); // no Content-Type, and Node adds none
    return res.end(tiny('served with no Content-Type'));
  }
  if ((match = /^hold\/([\w-]+)$/.exec(route))) {
    const name = query.get('file') ?? 'gpu-vs-tpu.json';
    const body = await fixture(name);
    if (body === undefined) return send(res, 404, 'text/plain', `no fixture: ${name}\n`);
    watch(query.get('watch'), res);
    await Promise.race([gate(match[1]).open, sleep(20000)]);
    if (res.destroyed) return;
    return send(res, 200, 'application/json', body);
  }
  if ((match = /^release\/([\w-]+)$/.exec(route))) {
    gate(match[1]).release();
    return send(res, 204, 'text/plain', '');
  }
  if ((match = /^watch\/([\w-]+)$/.exec(route))) return watchState(res, match[1], query.get('until'));
  if (route === 'json') {
    const name = query.get('file') ?? '';
    const body = await fixture(name);
    if (body === undefined) return send(res, 404, 'text/plain', `no fixture: ${name}\n`);
    const delay = delayOf(query, 10000);
    if (delay) await sleep(delay);
    return send(res, 200, 'application/json', body);
  }
  if (route === 'server-html') return serverHtml(req, res, query);
  if ((match = /^count\/([\w-]+)\/(?:(\d)\.json|(stats))$/.exec(route))) return counted(res, pathname, match[1], match[2], match[3], query);
  if ((match = /^csp\/((?:card-states|listen)\.(html|js))$/.exec(route))) return cspPage(res, match[1], match[2], query);
  return send(res, 404, 'text/plain', `unknown test endpoint: ${route}\n`);
}
