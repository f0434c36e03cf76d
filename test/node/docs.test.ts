// The docs say what the code does: custom-elements.json is what `cem analyze` makes of the code
// now, and the README's API tables are what scripts/api-docs.mjs makes of that manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without types
import { element, vscodeText, withTables } from '../../scripts/api-docs.mjs';

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

test('the README API tables are the ones generated from the manifest', () => {
  const readme = read('README.md');
  assert.equal(readme, withTables(readme, committed), 'run `npm run docs`');
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

test('the README shows the screenshot and the two commands', () => {
  const readme = read('README.md');
  const firstScreen = readme.split('\n').slice(0, 20).join('\n');
  assert.match(firstScreen, /!\[[^\]]+\]\(docs\/nice-pick\.png\)/);
  assert.match(firstScreen, /npm install && npm start/);
  assert.match(firstScreen, /npm install && npm test/);
  readFileSync(join(root, 'docs/nice-pick.png'));
});
