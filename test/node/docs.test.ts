// The docs say what the code does: custom-elements.json is what `cem analyze` makes of the code
// now; every generated part of the README, CONTRIBUTING.md and the docs pages (site/docs/) is what
// scripts/docs.mjs makes of its source (the manifest, the schema, the examples, the tested files
// snippets come from); every link between them leads somewhere; the README stays short.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without types
import { element, vscodeText } from '../../scripts/api-docs.mjs';
// @ts-expect-error: a plain .mjs script without types
import { docFiles, region, stale, withGenerated, withoutFences } from '../../scripts/docs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const committed = JSON.parse(read('custom-elements.json'));

test('custom-elements.json is what the analyzer makes of the code now', () => {
  // The analyzer resolves outdir against the repo: use a scratch folder git ignores.
  const outdir = relative(root, mkdtempSync(join(root, 'node_modules/.cache-nice-pick-cem-')));
  const config = join(root, outdir, 'cem.config.mjs');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(root, 'custom-elements-manifest.config.mjs'))};\n` +
      `export default { ...base, outdir: ${JSON.stringify(outdir)} };\n`,
  );
  execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--quiet', '--config', config], { cwd: root });
  const fresh = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
  rmSync(join(root, outdir), { recursive: true });
  assert.deepEqual(committed, fresh, 'run `npm run docs` and commit custom-elements.json and README.md');
});

test('every generated part of the docs is what its source makes now', () => {
  assert.deepEqual(stale(), [], 'run `npm run docs` and commit the files');
});

test('the generator fails loudly on a marker whose source is missing', () => {
  assert.throws(() => withGenerated('<!-- snippet:examples/none.json -->\n<!-- /snippet -->'), /ENOENT|no such file/);
  assert.throws(() => withGenerated('<!-- api:colours -->\n<!-- /api:colours -->'), /no API table named colours/);
  assert.throws(() => region('a\n// #region x\nb', 'x', 'f.ts'), /never closed/);
  assert.equal(region('a\n  // #region x\n  b\n    c\n  // #endregion\nd', 'x'), 'b\n  c');
  // a marker that does not start its line is prose about markers (CONTRIBUTING.md), left as it is
  const prose = 'write `<!-- snippet:PATH#NAME -->` `<!-- /snippet -->` where it belongs';
  assert.equal(withGenerated(prose), prose);
});


/** Headings' anchors, as GitHub and the docs site make them. */
const anchors = (markdown: string) =>
  new Set(
    (withoutFences(markdown) as string)
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => line.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-')),
  );

test('every link between the README, CONTRIBUTING.md and the docs pages leads to a file and a heading', () => {
  const broken: string[] = [];
  for (const file of docFiles() as string[]) {
    const text = withoutFences(readFileSync(file, 'utf8'));
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:)/.test(target)) continue;
      const [path, hash] = target.split('#');
      const resolved = path ? join(dirname(file), decodeURI(path)) : file;
      const where = `${relative(root, file)}: ${target}`;
      if (!existsSync(resolved)) broken.push(`${where} (no such file)`);
      else if (hash && statSync(resolved).isFile() && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(hash)) broken.push(`${where} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('VS Code custom data is generated from the manifest, with the theme values', () => {
  assert.equal(read('vscode.html-custom-data.json'), vscodeText(committed), 'run `npm run docs`');
  const tag = JSON.parse(read('vscode.html-custom-data.json')).tags[0];
  assert.equal(tag.name, 'nice-pick');
  assert.deepEqual(
    tag.attributes.find((a: { name: string }) => a.name === 'theme').values.map((v: { name: string }) => v.name),
    ['auto', 'light', 'dark'],
  );
});

test('the manifest documents the element completely', async () => {
  const el = element(committed);
  // Every attribute the element observes, and no other, as the code declares them.
  const { NicePick } = await import('../../src/nice-pick.js');
  assert.deepEqual(
    el.attributes.map((a: { name: string }) => a.name).sort(),
    [...NicePick.observedAttributes].sort(),
  );
  assert.deepEqual(NicePick.observedAttributes.sort(), ['credentials', 'heading-level', 'loading', 'src', 'structured-data', 'theme', 'timeout']);
  assert.deepEqual(
    el.events.map((e: { name: string }) => e.name),
    ['load', 'error'],
  );
  for (const list of [el.attributes, el.members, el.events, el.cssParts, el.cssProperties]) {
    for (const entry of list) assert.ok(entry.description?.trim(), `${entry.name} has a description`);
  }
  assert.equal(JSON.parse(read('package.json')).customElements, 'custom-elements.json');
});

test('the README is read in a minute: the picture first, a complete example, the docs, the two commands', () => {
  const readme = read('README.md');
  const lines = readme.split('\n');
  assert.ok(lines.length <= 250, `README.md has ${lines.length} lines: keep it under 250, move detail to site/docs/`);
  assert.match(lines.slice(0, 12).join('\n'), /!\[[^\]]+\]\(docs\/nice-pick\.png\)/);
  readFileSync(join(root, 'docs/nice-pick.png'));
  assert.match(readme, /<script type="module" src="[^"]+nice-pick\.js"><\/script>/);
  // the complete example is generated from the file the picture shows, and has every section
  assert.match(readme, /<!-- example:examples\/sqlite-vs-postgresql\.json -->/);
  const example = JSON.parse(readme.split('<!-- example:examples/sqlite-vs-postgresql.json -->\n```json\n')[1].split('\n```')[0]);
  for (const field of ['label', 'title', 'intro', 'options', 'pick', 'verdict', 'contact']) assert.ok(example[field], field);
  assert.ok(example.options.every((o: { pros: string[]; cons: string[]; related?: unknown[] }) => o.pros.length && o.cons.length && o.related?.length));
  assert.ok(example.verdict.text && example.verdict.bottomLine && example.verdict.reason);
  assert.match(readme, /npm install && npm start/);
  assert.match(readme, /npm install && npm test/);
  assert.match(readme, /\(site\/docs\/studio\.md\)/);
});
