// The `nice-pick` command with YAML: .yaml and .yml files, and URLs that are YAML by their path or
// their Content-Type, read as the Markdown plugins read a block (lib/text.js: YAML 1.2 core
// schema, unique keys, aliases bounded). The same comparison in YAML and in JSON gives the same
// output, byte for byte, from validate, embed, render and link.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { buildLib, cli, fixtures, noStack, root } from './helpers.js';

before(buildLib);

const dir = mkdtempSync(join(tmpdir(), 'nice-pick-cli-yaml-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` as `name` in the test's folder and returns its path. */
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('nice-pick validate with YAML files', () => {
  test('every fixture, written as .yaml and as .yml, is valid', async () => {
    const files = fixtures.flatMap((file, i) => {
      const name = file.replace(/^fixtures\//, '').replace(/\.json$/, i % 2 ? '.yml' : '.yaml');
      return [write(name, toYaml(readJson(file)))];
    });
    const { code, stdout, stderr } = await cli(['validate', ...files]);
    assert.equal(stdout, files.map((file) => `✓ ${file}\n`).join(''));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  test('the problems of a YAML file are worded exactly as for the same data in JSON', async () => {
    const json = 'test/node/cli-fixtures/several-problems.json';
    const yaml = write('several-problems.yaml', toYaml(readJson(json)));
    const fromJson = await cli(['validate', json]);
    const fromYaml = await cli(['validate', yaml]);
    assert.equal(fromYaml.stdout.replace(yaml, 'FILE'), fromJson.stdout.replace(json, 'FILE'));
    assert.equal(fromYaml.code, 1);
  });

  test('YAML syntax: "not valid YAML (line, column: what)"; YAML 1.2, so `no` stays a string', async () => {
    const duplicate = write('duplicate.yaml', 'title: A\ntitle: B\n');
    const { code, stdout } = await cli(['validate', duplicate]);
    assert.equal(stdout, `✗ ${duplicate}\n  not valid YAML (line 2, column 1: Map keys must be unique)\n`);
    assert.equal(code, 1);
    const norway = write('norway.yml', toYaml({ ...readJson('fixtures/gpu-vs-tpu.json'), label: 'no' }).replace("label: 'no'", 'label: no'));
    assert.match(readFileSync(norway, 'utf8'), /^label: no$/m);
    assert.equal((await cli(['validate', norway])).stdout, `✓ ${norway}\n`, 'not the boolean false of YAML 1.1');
  });

  test('a "billion laughs" file fails fast, and a YAML file over 1 MB is refused', async () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [i, name] of [...'bcdefghi'].entries()) lines.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
    const laughs = write('laughs.yaml', lines.join('\n'));
    const start = performance.now();
    const { code, stdout } = await cli(['validate', laughs]);
    assert.ok(performance.now() - start < 5000, 'fast');
    assert.equal(stdout, `✗ ${laughs}\n  not valid YAML (Excessive alias count indicates a resource exhaustion attack)\n`);
    assert.equal(code, 1);
    const huge = write('huge.yaml', `title: ${'x'.repeat(1_100_000)}\n`);
    assert.equal((await cli(['validate', huge])).stdout, `✗ ${huge}\n  larger than 1 MB (1100008 bytes)\n`);
  });
});

describe('embed, render and link: YAML in, the same output as from JSON', () => {
  for (const command of [['embed'], ['render', '--heading-level', '3'], ['link']]) {
    test(command.join(' '), async () => {
      for (const file of fixtures) {
        const yaml = write(file.replace(/^fixtures\//, '').replace(/\.json$/, '.yaml'), toYaml(readJson(file)));
        const fromJson = await cli([...command, file]);
        const fromYaml = await cli([...command, yaml]);
        assert.equal(fromJson.code, 0, file);
        assert.equal(fromYaml.stdout, fromJson.stdout, file);
        assert.equal(fromYaml.code, 0);
      }
    });
  }

  test('an invalid YAML file: exit 1, the reason on stderr, nothing on stdout', async () => {
    const bad = write('bad.yaml', 'options: [1, 2');
    const { code, stdout, stderr } = await cli(['render', bad]);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^nice-pick: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML \\(line 1, column 15: .+\\)\\n$`));
    noStack(stderr);
    assert.equal(code, 1);
  });
});

describe('YAML from a URL (a local server, never the internet)', () => {
  let server: Server;
  let base = '';
  const yaml = toYaml(readJson('fixtures/gpu-vs-tpu.json'));

  before(async () => {
    server = createServer((request, response) => {
      const [type, body] =
        request.url === '/c.yaml' ? ['text/plain', yaml]
        : request.url === '/served-as-yaml' ? ['application/yaml; charset=utf-8', yaml]
        : request.url === '/legacy-type.txt' ? ['text/x-yaml', yaml]
        : ['application/json', yaml]; // YAML text that claims to be JSON is read as JSON
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('YAML by the path (.yaml) or by the Content-Type (application/yaml, text/x-yaml)', async () => {
    const urls = [`${base}/c.yaml`, `${base}/served-as-yaml`, `${base}/legacy-type.txt`];
    const { code, stdout } = await cli(['validate', ...urls]);
    assert.equal(stdout, urls.map((url) => `✓ ${url}\n`).join(''));
    assert.equal(code, 0);
  });

  test('anything else is JSON, as before', async () => {
    const { code, stdout } = await cli(['validate', `${base}/c.json`]);
    assert.match(stdout, /^✗ .*\/c\.json\n {2}not valid JSON \(.+\)\n$/);
    assert.equal(code, 1);
  });
});

describe('without yaml (an optional peer dependency)', () => {
  // The package as a user installs it without the peer: bin/, lib/, package.json, and lit only.
  let bare = '';
  before(() => {
    bare = mkdtempSync(join(tmpdir(), 'nice-pick-no-yaml-'));
    for (const part of ['bin', 'lib', 'package.json']) cpSync(join(root, part), join(bare, part), { recursive: true });
    mkdirSync(join(bare, 'node_modules'));
    symlinkSync(join(root, 'node_modules/lit'), join(bare, 'node_modules/lit'), 'dir');
  });
  after(() => rmSync(bare, { recursive: true, force: true }));

  test('a YAML input says which package to install, exit 2; JSON inputs work as before', async () => {
    const script = join(bare, 'bin/nice-pick.mjs');
    const yaml = write('no-yaml.yaml', toYaml(readJson('fixtures/gpu-vs-tpu.json')));
    const { code, stdout, stderr } = await cli(['validate', yaml], { script, cwd: bare });
    assert.equal(stdout, '');
    assert.match(stderr, /^nice-pick: nice-pick reads YAML with the package yaml, an optional peer dependency of nice-pick that is not installed: npm install --save-dev yaml/);
    noStack(stderr);
    assert.equal(code, 2);
    const json = await cli(['validate', join(root, 'fixtures/gpu-vs-tpu.json')], { script, cwd: bare });
    assert.equal(json.code, 0, json.stderr);
  });
});

test('--help says which files are YAML', async () => {
  const { stdout } = await cli(['--help']);
  assert.match(stdout, /FILE is JSON \(\.json, or any other name\) or YAML \(\.yaml, \.yml/);
  assert.match(stdout, /Content-Type application\/yaml/);
});
