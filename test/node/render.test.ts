// `nice-pick render` (bin/nice-pick.mjs), run as users run it: a separate Node process on the
// built package (lib/), with files from fixtures/ and test/node/cli-fixtures/, a local HTTP
// server for a URL, and a copy of the package without @lit-labs/ssr.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderComparison } from '../../src/server.js';
import { all, attr, parse, pieces, rawText } from './html.js';
import { buildLib, cli, expectUsageError, fixtures, noStack, root } from './helpers.js';

const bad = 'test/node/cli-fixtures';
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** Every <script> in the output, into the shadow root too: their types. */
const scriptTypes = (html: string) => all(parse(html)).filter((n) => n.nodeName === 'script').map((n) => attr(n, 'type'));

before(buildLib);

describe('nice-pick render', () => {
  test('every fixture: the HTML of renderComparison on stdout, nothing on stderr, exit 0', async () => {
    for (const file of fixtures) {
      const { code, stdout, stderr } = await cli(['render', file]);
      assert.equal(stderr, '', file);
      assert.equal(code, 0, file);
      assert.equal(stdout, `${renderComparison(readJson(file))}\n`, file);
      assert.deepEqual(scriptTypes(stdout), ['application/json'], `${file}: no executable script`);
      assert.equal(stdout.match(/<script/gi)?.length, 1, file);
    }
  });

  test('--theme, --heading-level, --structured-data and --author, in either form', async () => {
    const file = 'fixtures/gpu-vs-tpu.json';
    const args = ['render', '--theme', 'dark', '--heading-level=3', file, '--structured-data', '--author', 'Ada Lovelace'];
    const { code, stdout, stderr } = await cli(args);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const { host, scripts } = pieces(stdout);
    assert.deepEqual(host.attrs, [
      { name: 'theme', value: 'dark' },
      { name: 'heading-level', value: '3' },
      { name: 'structured-data', value: '' },
    ]);
    assert.deepEqual(scriptTypes(stdout), ['application/json', 'application/ld+json'], 'data and JSON-LD, no executable script');
    const ld = JSON.parse(rawText(scripts[1]));
    assert.equal(ld['@graph'].length, 2);
    for (const product of ld['@graph']) assert.deepEqual(product.review.author, { '@type': 'Person', name: 'Ada Lovelace' });
    const data = readJson(file);
    const expected = renderComparison(data, { theme: 'dark', headingLevel: 3, structuredData: { author: { name: 'Ada Lovelace' } } });
    assert.equal(stdout, `${expected}\n`);
    const light = await cli(['render', '--theme=light', file]);
    assert.equal(attr(pieces(light.stdout).host, 'theme'), 'light');
  });

  test('hostile text: the only scripts are the data and the JSON-LD, none executable', async () => {
    const { code, stdout } = await cli(['render', '--structured-data', `${bad}/script-injection.json`]);
    assert.equal(code, 0);
    assert.deepEqual(scriptTypes(stdout), ['application/json', 'application/ld+json']);
    assert.equal(stdout.match(/<script/gi)?.length, 2);
    assert.equal(stdout.match(/<\/script/gi)?.length, 2);
    assert.deepEqual(JSON.parse(rawText(pieces(stdout).scripts[0])), readJson(`${bad}/script-injection.json`));
  });

  test('warnings go to stderr once each; the HTML stays clean on stdout', async () => {
    const { code, stdout, stderr } = await cli(['render', `${bad}/links-as-text.json`]);
    assert.equal(code, 0);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 2, stderr);
    assert.match(lines[0], /^warning: options\[0\]\.url: "javascript:alert\(1\)" is shown as plain text/);
    assert.ok(stdout.startsWith('<nice-pick '));
    assert.ok(!stdout.includes('warning'));
  });

  test('invalid data, a missing file, a directory, bad JSON: exit 1, the reason on stderr, no HTML', async () => {
    for (const [file, reason] of [
      [`${bad}/several-problems.json`, /several-problems\.json is not a valid comparison:\n {2}dir: expected/],
      ['missing.json', /missing\.json: no such file/],
      ['fixtures', /fixtures: is a directory, not a file/],
      [`${bad}/not-json.json`, /not-json\.json: not valid JSON \(/],
    ] as const) {
      const { code, stdout, stderr } = await cli(['render', file]);
      assert.equal(stdout, '', file);
      assert.match(stderr, reason);
      noStack(stderr);
      assert.equal(code, 1, file);
    }
  });

  test('--help names render and its options', async () => {
    const { stdout } = await cli(['--help']);
    assert.match(stdout, /nice-pick render \[options\] FILE\|URL/);
    for (const option of ['--theme auto|light|dark', '--heading-level N', '--structured-data', '--author NAME']) {
      assert.ok(stdout.includes(option), option);
    }
  });
});

describe('nice-pick render URL (a local server, never the internet)', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/good.json') response.writeHead(200).end(readFileSync(join(root, 'fixtures/gpu-vs-tpu.json')));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('200: the card; 404: exit 1 with the status', async () => {
    const ok = await cli(['render', `${base}/good.json`]);
    assert.equal(ok.code, 0);
    assert.equal(ok.stdout, `${renderComparison(readJson('fixtures/gpu-vs-tpu.json'))}\n`);
    const gone = await cli(['render', `${base}/gone.json`]);
    assert.equal(gone.stdout, '');
    assert.match(gone.stderr, /the server answered 404/);
    assert.equal(gone.code, 1);
  });
});

describe('render usage errors: exit 2, a message on stderr, nothing on stdout', () => {
  const file = 'fixtures/gpu-vs-tpu.json';
  const cases: [string, string[], RegExp][] = [
    ['no file', ['render'], /render needs a FILE or URL/],
    ['two files', ['render', file, file], /render takes one FILE or URL/],
    ['an unknown theme', ['render', '--theme', 'blue', file], /--theme takes auto, light or dark, not "blue"/],
    ['--theme without a value', ['render', file, '--theme'], /--theme needs a value/],
    ['--theme followed by an option', ['render', '--theme', '--structured-data', file], /--theme needs a value/],
    ['a heading level out of range', ['render', '--heading-level', '5', file], /--heading-level takes 1, 2, 3 or 4, not "5"/],
    ['a heading level that is not a number', ['render', '--heading-level=two', file], /--heading-level takes 1, 2, 3 or 4/],
    ['--author without --structured-data', ['render', '--author', 'Ada', file], /--author goes with --structured-data/],
    ['an empty --author', ['render', '--structured-data', '--author=', file], /--author needs a name/],
    ['--structured-data takes no value', ['render', '--structured-data=yes', file], /--structured-data takes no value/],
    ['--json is validate\'s', ['render', '--json', file], /--json is an option of validate, not of render/],
    ['--theme is render\'s, not validate\'s', ['validate', '--theme', 'dark', file], /--theme is an option of render, not of validate/],
    ['--structured-data is render\'s, not embed\'s', ['embed', '--structured-data', file], /--structured-data is an option of render, not of embed/],
  ];
  for (const [name, args, message] of cases) test(name, () => expectUsageError(args, message));
});

describe('without @lit-labs/ssr (an optional peer dependency)', () => {
  // The package as a user installs it without the peer: bin/, lib/, package.json, and lit only.
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nice-pick-no-ssr-'));
    for (const part of ['bin', 'lib', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(root, 'node_modules/lit'), join(dir, 'node_modules/lit'), 'dir');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('render says which package to install, exit 2; validate still works', async () => {
    const script = join(dir, 'bin/nice-pick.mjs');
    const file = join(root, 'fixtures/gpu-vs-tpu.json');
    const { code, stdout, stderr } = await cli(['render', file], { script, cwd: dir });
    assert.match(stderr, /nice-pick\/server needs the package @lit-labs\/ssr/);
    assert.match(stderr, /npm install --save-dev @lit-labs\/ssr/);
    noStack(stderr);
    assert.equal(stdout, '');
    assert.equal(code, 2);
    const validate = await cli(['validate', file], { script, cwd: dir });
    assert.equal(validate.code, 0, validate.stderr);
  });

  test('importing nice-pick/server throws that same message', async () => {
    const code = `import('nice-pick/server').then(() => console.log('imported'), (e) => console.log(e.message))`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: dir });
    assert.match(stdout, /^nice-pick\/server needs the package @lit-labs\/ssr, an optional peer dependency of nice-pick/);
    // and the element's entry, which never needs it, still imports
    const element = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', `import('nice-pick/element').then((m) => console.log(typeof m.NicePick))`], { cwd: dir });
    assert.equal(element.stdout.trim(), 'function');
  });
});
