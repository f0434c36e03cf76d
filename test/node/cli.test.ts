// The `nice-pick` command (bin/nice-pick.mjs), run as users run it: a separate Node process, on
// the built package (lib/), with files from fixtures/ and test/node/cli-fixtures/ and a local
// HTTP server for URLs. Never the internet.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { parseFragment } from 'parse5';
import { bin, buildLib, cli, expectUsageError, fixtures, noStack, root } from './helpers.js';

const bad = 'test/node/cli-fixtures'; // relative to root, the CLI's working directory
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

// The CLI imports lib/, the package as published: build it when src/ is newer.
before(buildLib);

describe('nice-pick validate', () => {
  test('every fixture is valid: one ✓ line each, exit 0', async () => {
    assert.ok(fixtures.length >= 7, 'the fixtures are found');
    const { code, stdout, stderr } = await cli(['validate', ...fixtures]);
    assert.equal(stdout, fixtures.map((file) => `✓ ${file}\n`).join(''));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  test('a file with several problems: ✗, then every problem, exactly as the validator words it', async () => {
    const file = `${bad}/several-problems.json`;
    const { code, stdout, stderr } = await cli(['validate', file]);
    assert.equal(
      stdout,
      [
        `✗ ${file}`,
        '  dir: expected "ltr", "rtl" or "auto", got a string',
        '  options[0].pros[1]: expected a string, got a number',
        '  options[1].name: expected a non-empty string, got a string',
        '  options[1].cons: expected an array of strings, got a string',
        '  pick: "spaces" names no option; the option ids are "tabs", ""',
        '',
      ].join('\n'),
    );
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });

  test('a value that is not an object at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nice-pick-cli-'));
    try {
      writeFileSync(join(dir, 'list.json'), '[1, 2]');
      const { code, stdout } = await cli(['validate', 'list.json'], { cwd: dir });
      assert.equal(stdout, '✗ list.json\n  expected a comparison object, got an array\n');
      assert.equal(code, 1);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  test('warnings (links shown as text) are shown, and the file is still valid', async () => {
    const file = `${bad}/links-as-text.json`;
    const { code, stdout } = await cli(['validate', file]);
    assert.equal(
      stdout,
      [
        `✓ ${file}`,
        '  warning: options[0].url: "javascript:alert(1)" is shown as plain text: only http: and https: links are allowed',
        // Node has no page to resolve a relative link against: the README says so
        '  warning: options[1].url: "/spaces.html" is shown as plain text: only http: and https: links are allowed',
        '',
      ].join('\n'),
    );
    assert.equal(code, 0);
  });

  test('a missing file: "no such file", exit 1', async () => {
    const { code, stdout, stderr } = await cli(['validate', 'no/such/comparison.json']);
    assert.equal(stdout, '✗ no/such/comparison.json\n  no such file\n');
    noStack(stderr);
    assert.equal(code, 1);
  });

  test('a directory is not a file', async () => {
    const { code, stdout } = await cli(['validate', 'fixtures']);
    assert.equal(stdout, '✗ fixtures\n  is a directory, not a file\n');
    assert.equal(code, 1);
  });

  test('a file that is not JSON: "not valid JSON (the parser\'s message)", exit 1', async () => {
    const file = `${bad}/not-json.json`;
    let message = '';
    try {
      JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (e) {
      message = (e as Error).message;
    }
    assert.ok(message, 'the fixture really is not JSON');
    const { code, stdout } = await cli(['validate', file]);
    assert.equal(stdout, `✗ ${file}\n  not valid JSON (${message})\n`);
    assert.equal(code, 1);
  });

  test('a byte-order mark at the start is ignored, as browsers do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nice-pick-cli-'));
    try {
      writeFileSync(join(dir, 'bom.json'), '\uFEFF' + readFileSync(join(root, 'fixtures/gpu-vs-tpu.json'), 'utf8'));
      const { code, stdout } = await cli(['validate', 'bom.json'], { cwd: dir });
      assert.equal(stdout, '✓ bom.json\n');
      assert.equal(code, 0);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  test('several inputs, good and bad: each is reported in order, exit 1', async () => {
    const inputs = ['fixtures/gpu-vs-tpu.json', `${bad}/several-problems.json`, 'missing.json', fixtures.at(-1)!];
    const { code, stdout } = await cli(['validate', ...inputs]);
    const heads = stdout.split('\n').filter((line) => /^[✓✗] /.test(line));
    assert.deepEqual(heads, [`✓ ${inputs[0]}`, `✗ ${inputs[1]}`, `✗ ${inputs[2]}`, `✓ ${inputs[3]}`]);
    assert.match(stdout, /^✗ missing\.json\n {2}no such file$/m);
    assert.match(stdout, /^ {2}options\[0\]\.pros\[1\]: expected a string, got a number$/m);
    assert.equal(code, 1);
  });

  test('--json: one JSON document on stdout and nothing else', async () => {
    const inputs = ['fixtures/gpu-vs-tpu.json', `${bad}/several-problems.json`, 'missing.json', `${bad}/links-as-text.json`];
    const { code, stdout, stderr } = await cli(['validate', '--json', ...inputs]);
    const report = JSON.parse(stdout); // throws if anything but the one document is on stdout
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.deepEqual(Object.keys(report).sort(), ['results', 'valid']);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.results.map((r: { input: string }) => r.input),
      inputs,
    );
    const [good, invalid, missing, warned] = report.results;
    assert.deepEqual(good, { input: inputs[0], valid: true, problems: [], warnings: [] });
    assert.equal(invalid.valid, false);
    assert.equal(invalid.problems.length, 5);
    assert.equal(invalid.problems[1], 'options[0].pros[1]: expected a string, got a number');
    assert.deepEqual(invalid.warnings, []);
    assert.ok(!('error' in invalid), 'error is only there when the input could not be read');
    assert.deepEqual(missing, { input: 'missing.json', valid: false, problems: [], warnings: [], error: 'no such file' });
    assert.equal(warned.valid, true);
    assert.equal(warned.warnings.length, 2);
    assert.match(warned.warnings[0], /^options\[0\]\.url: "javascript:alert\(1\)" is shown as plain text/);
  });

  test('--json when everything is valid: "valid": true, exit 0 (the option may come first)', async () => {
    const { code, stdout } = await cli(['--json', 'validate', ...fixtures]);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, true);
    assert.equal(report.results.length, fixtures.length);
    assert.ok(report.results.every((r: { valid: boolean }) => r.valid));
    assert.equal(code, 0);
  });
});

describe('nice-pick validate URL (a local server, never the internet)', () => {
  let server: Server;
  let base = '';
  const good = readFileSync(join(root, 'fixtures/gpu-vs-tpu.json'), 'utf8');

  before(async () => {
    server = createServer((request, response) => {
      const send = (status: number, body: string) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(body);
      };
      if (request.url === '/good.json') send(200, good);
      else if (request.url === '/created.json') send(201, good); // any 2xx will do
      else if (request.url === '/bad-json.json') send(200, '<!doctype html><title>Not JSON</title>');
      else send(404, '{"error": "not found"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('200 and 201 with a good comparison are valid', async () => {
    const { code, stdout } = await cli(['validate', `${base}/good.json`, `${base}/created.json`]);
    assert.equal(stdout, `✓ ${base}/good.json\n✓ ${base}/created.json\n`);
    assert.equal(code, 0);
  });

  test('404: "the server answered 404 Not Found"', async () => {
    const { code, stdout } = await cli(['validate', `${base}/gone.json`]);
    assert.equal(stdout, `✗ ${base}/gone.json\n  the server answered 404 Not Found\n`);
    assert.equal(code, 1);
  });

  test('200 with text that is not JSON: "not valid JSON (...)"', async () => {
    const { code, stdout } = await cli(['validate', `${base}/bad-json.json`]);
    assert.match(stdout, new RegExp(`^✗ ${base}/bad-json\\.json\\n {2}not valid JSON \\(.+\\)\\n$`));
    assert.equal(code, 1);
  });

  test('a server that is not there: "the request failed (...)", and --json says so too', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/c.json`;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stdout, stderr } = await cli(['validate', '--json', url]);
    const [result] = JSON.parse(stdout).results;
    assert.match(result.error, /^the request failed \(.+\)$/);
    noStack(stderr);
    assert.equal(code, 1);
  });
});

describe('usage errors: exit 2, a message on stderr, nothing on stdout', () => {
  const cases: [string, string[], RegExp][] = [
    ['no arguments', [], /no command given/],
    ['an unknown command', ['check', 'x.json'], /unknown command "check"/],
    ['a file where the command should be', ['fixtures/gpu-vs-tpu.json'], /did you mean: nice-pick validate fixtures\/gpu-vs-tpu\.json/],
    ['validate without inputs', ['validate'], /validate needs at least one FILE or URL/],
    ['validate --json without inputs', ['validate', '--json'], /validate needs at least one FILE or URL/],
    ['an unknown option', ['validate', '--strict', 'fixtures/gpu-vs-tpu.json'], /unknown option --strict/],
    ['an option with a value it does not take', ['validate', '--json=yes', 'x.json'], /--json takes no value/],
    ['embed without a file', ['embed'], /embed needs a FILE or URL/],
    ['embed with two files', ['embed', 'a.json', 'b.json'], /embed takes one FILE or URL/],
    ['embed --json', ['embed', '--json', 'fixtures/gpu-vs-tpu.json'], /--json is an option of validate/],
    ['link without a file', ['link'], /link needs a FILE or URL/],
    ['link with two files', ['link', 'a.json', 'b.json'], /link takes one FILE or URL/],
    ['link --base that is not a URL', ['link', '--base', 'viewer', 'fixtures/gpu-vs-tpu.json'], /--base takes the viewer's URL \(https:\/\/…\/embed\/\), not "viewer"/],
    ['link --base that is not http(s)', ['link', '--base=javascript:alert(1)', 'fixtures/gpu-vs-tpu.json'], /--base takes an http: or https: URL, not "javascript:alert\(1\)"/],
    ['link --base without a value', ['link', 'fixtures/gpu-vs-tpu.json', '--base'], /--base needs a value/],
    ['link --theme', ['link', '--theme', 'dark', 'fixtures/gpu-vs-tpu.json'], /--theme is an option of render, not of link/],
    ['embed --base', ['embed', '--base', 'https://x.example/', 'fixtures/gpu-vs-tpu.json'], /--base is an option of link, not of embed/],
  ];
  for (const [name, args, message] of cases) test(name, () => expectUsageError(args, message));
});

describe('nice-pick embed', () => {
  const scriptTag = `<script type="module" src="https://cdn.jsdelivr.net/npm/nice-pick@${pkg.version.split('.')[0]}/dist/nice-pick.js"></script>`;
  /** The text of the inline <script type="application/json">, as an HTML parser would take it. */
  const inlineJson = (html: string) => {
    const match = /<nice-pick>\s*<script type="application\/json">([\s\S]*?)<\/script>\s*<\/nice-pick>/.exec(html);
    assert.ok(match, `a <nice-pick> with an inline JSON script in:\n${html}`);
    return match[1];
  };

  test('prints the CDN script, pinned to the major version, and the comparison inline', async () => {
    assert.match(scriptTag, /nice-pick@\d+\//);
    const { code, stdout, stderr } = await cli(['embed', 'fixtures/gpu-vs-tpu.json']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.ok(stdout.startsWith(`${scriptTag}\n<nice-pick>\n`), stdout);
    assert.ok(stdout.endsWith('</script>\n</nice-pick>\n'), stdout);
    const json = inlineJson(stdout);
    assert.deepEqual(JSON.parse(json), readJson('fixtures/gpu-vs-tpu.json'));
    assert.ok(json.trim().split('\n').length > 10, 'the JSON is pretty-printed');
  });

  test('every fixture round-trips through the inline script', async () => {
    for (const file of fixtures) {
      const { code, stdout } = await cli(['embed', file]);
      assert.equal(code, 0, file);
      assert.deepEqual(JSON.parse(inlineJson(stdout)), readJson(file), file);
    }
  });

  test('strings with </script> and <!-- cannot end or confuse the script element', async () => {
    const file = `${bad}/script-injection.json`;
    const source = readFileSync(join(root, file), 'utf8');
    assert.ok(source.includes('</script><script>alert(1)</script>') && source.includes('<!--'), 'the fixture is hostile');
    assert.ok(source.includes('\u2028') && source.includes('\u2029'), 'the fixture has U+2028 and U+2029');

    const { code, stdout } = await cli(['embed', file]);
    assert.equal(code, 0);
    // the only </script are the two real closing tags (an HTML parser matches it in any case)
    assert.equal(stdout.match(/<\/script/gi)?.length, 2, stdout);
    assert.ok(!stdout.includes('<!--'), 'no comment opener');
    const json = inlineJson(stdout);
    assert.ok(!json.includes('<'), 'no "<" at all inside the JSON');
    assert.ok(!/[\u2028\u2029]/.test(json), 'U+2028 and U+2029 are escaped');
    assert.match(json, /\\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script>/);
    assert.deepEqual(JSON.parse(json), JSON.parse(source), 'the escapes read back as the same data');
  });

  test('an HTML parser (parse5) reads exactly one <nice-pick> with the data inside', async () => {
    const file = `${bad}/script-injection.json`;
    const { stdout } = await cli(['embed', file]);
    type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
    const all = (node: Node): Node[] => [node, ...(node.childNodes ?? []).flatMap(all)];
    const fragment = parseFragment(stdout) as unknown as Node;
    const elements = (fragment.childNodes ?? []).filter((node) => !node.nodeName.startsWith('#'));
    assert.deepEqual(
      elements.map((node) => node.nodeName),
      ['script', 'nice-pick'],
    );
    const nodes = all(fragment);
    assert.equal(nodes.filter((node) => node.nodeName === 'script').length, 2, 'no script element injected');
    assert.equal(nodes.filter((node) => node.nodeName === '#comment').length, 0, 'no comment opened');
    const inline = (elements[1].childNodes ?? []).filter((node) => node.nodeName === 'script');
    assert.equal(inline.length, 1);
    assert.deepEqual(inline[0].attrs, [{ name: 'type', value: 'application/json' }]);
    const text = (inline[0].childNodes ?? []).map((node) => node.value ?? '').join('');
    assert.deepEqual(JSON.parse(text), readJson(file));
  });

  test('an invalid file: exit 1, its problems on stderr, no HTML on stdout', async () => {
    const file = `${bad}/several-problems.json`;
    const { code, stdout, stderr } = await cli(['embed', file]);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`${file} is not a valid comparison`));
    assert.match(stderr, /^ {2}options\[0\]\.pros\[1\]: expected a string, got a number$/m);
    assert.match(stderr, /^ {2}pick: "spaces" names no option/m);
    noStack(stderr);
    assert.equal(code, 1);
  });

  test('a missing file or bad JSON: exit 1 with the reason on stderr', async () => {
    for (const [file, reason] of [
      ['missing.json', /missing\.json: no such file/],
      [`${bad}/not-json.json`, /not-json\.json: not valid JSON \(/],
    ] as const) {
      const { code, stdout, stderr } = await cli(['embed', file]);
      assert.equal(stdout, '');
      assert.match(stderr, reason);
      noStack(stderr);
      assert.equal(code, 1);
    }
  });

  test('warnings go to stderr, the HTML stays clean on stdout', async () => {
    const file = `${bad}/links-as-text.json`;
    const { code, stdout, stderr } = await cli(['embed', file]);
    assert.equal(code, 0);
    assert.match(stderr, /^warning: options\[0\]\.url: "javascript:alert\(1\)" is shown as plain text/m);
    assert.deepEqual(JSON.parse(inlineJson(stdout)), readJson(file));
    assert.ok(!stdout.includes('warning'));
  });
});

describe('nice-pick link', () => {
  /** The link's parts, and the JSON text its data decompresses to (the format of site/src/share.ts). */
  const parse = (stdout: string) => {
    const match = /^(https?:\/\/[^#\s]+)#c=([A-Za-z0-9_-]+)\n$/.exec(stdout);
    assert.ok(match, `one line BASE#c=DATA, base64url without padding:\n${stdout}`);
    return { base: match[1], data: match[2], json: inflateRawSync(Buffer.from(match[2], 'base64url')).toString('utf8') };
  };

  test('prints BASE#c=DATA, the placeholder viewer by default; DATA inflates to the compact JSON', async () => {
    const { code, stdout, stderr } = await cli(['link', 'fixtures/gpu-vs-tpu.json']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    const { base, json } = parse(stdout);
    assert.equal(base, 'https://nice-pick.example/embed/');
    assert.equal(json, JSON.stringify(readJson('fixtures/gpu-vs-tpu.json')));
  });

  test('the data is raw deflate (no zlib or gzip header) in base64url (no +, / or =)', async () => {
    const { stdout } = await cli(['link', 'fixtures/gpu-vs-tpu.json']);
    const bytes = Buffer.from(parse(stdout).data, 'base64url');
    assert.throws(() => inflateSync(bytes), 'not zlib-wrapped');
    assert.equal(Buffer.from(parse(stdout).data, 'base64url').toString('base64url'), parse(stdout).data, 'canonical base64url');
  });

  test('every fixture round-trips, byte for byte', async () => {
    for (const file of fixtures) {
      const { code, stdout } = await cli(['link', file]);
      assert.equal(code, 0, file);
      assert.equal(parse(stdout).json, JSON.stringify(readJson(file)), file);
    }
  });

  test('non-ASCII and hostile strings survive as UTF-8 (the hash needs no escaping)', async () => {
    const file = `${bad}/script-injection.json`;
    const { code, stdout } = await cli(['link', file]);
    assert.equal(code, 0);
    const { json } = parse(stdout);
    assert.equal(json, JSON.stringify(readJson(file)));
    assert.ok(json.includes('</script>') && json.includes('\u2028'), 'the hostile strings are kept as they are');
  });

  test("--base: the viewer's URL with its query kept and its old fragment replaced", async () => {
    const { code, stdout } = await cli(['link', '--base', 'https://example.com/tools/embed/?theme=dark#old', 'fixtures/gpu-vs-tpu.json']);
    assert.equal(code, 0);
    assert.equal(parse(stdout).base, 'https://example.com/tools/embed/?theme=dark');
  });

  test('an invalid file: exit 1, its problems on stderr, no link on stdout', async () => {
    const file = `${bad}/several-problems.json`;
    const { code, stdout, stderr } = await cli(['link', file]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^nice-pick: ${file} is not a valid comparison:\n  dir: expected`));
    noStack(stderr);
  });

  test('a missing file or bad JSON: exit 1 with the reason on stderr', async () => {
    const missing = await cli(['link', 'no/such.json']);
    assert.deepEqual([missing.code, missing.stdout, missing.stderr], [1, '', 'nice-pick: no/such.json: no such file\n']);
    const notJson = await cli(['link', `${bad}/not-json.json`]);
    assert.equal(notJson.code, 1);
    assert.equal(notJson.stdout, '');
    assert.match(notJson.stderr, /not-json\.json: not valid JSON \(/);
  });

  test('warnings go to stderr, the link alone on stdout', async () => {
    const { code, stdout, stderr } = await cli(['link', `${bad}/links-as-text.json`]);
    assert.equal(code, 0);
    parse(stdout);
    assert.match(stderr, /^warning: options\[0\]\.url: "javascript:alert\(1\)" is shown as plain text/);
  });
});

describe('help, version and a missing build', () => {
  for (const flag of ['--help', '-h']) {
    test(`${flag} prints the usage, exit 0`, async () => {
      const { code, stdout, stderr } = await cli([flag]);
      assert.match(stdout, /^Usage:/);
      assert.match(stdout, /nice-pick validate \[--json\] FILE\|URL\.\.\./);
      assert.match(stdout, /nice-pick embed FILE/);
      assert.equal(stderr, '');
      assert.equal(code, 0);
    });
  }

  test('--version prints the version from package.json', async () => {
    const { code, stdout } = await cli(['--version']);
    assert.equal(stdout, `${pkg.version}\n`);
    assert.equal(code, 0);
  });

  test('without lib/ it says to run npm run build, exit 2', async () => {
    // a copy of the package with bin/ and package.json but no lib/
    const dir = mkdtempSync(join(tmpdir(), 'nice-pick-cli-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(bin, join(dir, 'bin/nice-pick.mjs'));
      copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
      const script = join(dir, 'bin/nice-pick.mjs');
      const { code, stdout, stderr } = await cli(['validate', join(root, 'fixtures/gpu-vs-tpu.json')], { script });
      assert.match(stderr, /npm run build/);
      assert.match(stderr, /lib\/check\.js/);
      noStack(stderr);
      assert.equal(stdout, '');
      assert.equal(code, 2);
      // --version and --help do not need the validator
      assert.equal((await cli(['--version'], { script })).code, 0);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
