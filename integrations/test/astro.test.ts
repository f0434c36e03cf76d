// integrations/astro/ (its pages are the docs' Astro snippets) built by Astro itself: the static
// page holds the finished card, a declarative shadow root, as renderComparison makes it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderComparison } from '../../src/server.js';
import { expectPageHasCard } from '../../test/node/html.js';
import { buildLib, root } from '../../test/node/helpers.js';

const example = join(root, 'integrations/astro');
let out = '';

// The page imports nice-pick/server as users do: the built package, lib/.
before(async () => {
  await buildLib();
  out = mkdtempSync(join(tmpdir(), 'nice-pick-astro-'));
});
// Astro keeps its generated types in the project's .astro/ whatever the options: not left behind.
after(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(join(example, '.astro'), { recursive: true, force: true });
});

test('the Astro example: the page holds the card, made at build time', async () => {
  process.env.ASTRO_TELEMETRY_DISABLED = '1'; // no network here, and none wanted
  const { build } = await import('astro');
  const cache = (name: string) => join(out, name);
  await build({ root: example, outDir: cache('dist'), cacheDir: cache('astro'), vite: { cacheDir: cache('vite') }, logLevel: 'error' });
  const data = JSON.parse(readFileSync(join(example, 'src/comparisons/gpu-vs-tpu.json'), 'utf8'));
  expectPageHasCard(readFileSync(cache('dist/index.html'), 'utf8'), renderComparison(data, { headingLevel: 2 }), data.title);
});

test('the Astro client example: the inline JSON as written, and the element bundled into a module script', async () => {
  // After the first test's build (node:test runs a file's tests in order).
  const html = readFileSync(join(out, 'dist/client/index.html'), 'utf8');
  const data = readFileSync(join(example, 'src/comparisons/gpu-vs-tpu.json'), 'utf8');
  const inline = /<nice-pick theme="dark">\s*<script type="application\/json">(.*?)<\/script>\s*<\/nice-pick>/s.exec(html);
  assert.ok(inline, 'the element with its inline JSON');
  assert.deepEqual(JSON.parse(inline[1]), JSON.parse(data));
  assert.ok(!inline[1].includes('<'), '< is escaped');
  const module = /<script type="module" src="([^"]+)"><\/script>/.exec(html);
  assert.ok(module, 'a module script for the element');
  const code = readFileSync(join(out, 'dist', module[1]), 'utf8');
  assert.match(code, /nice-pick/, 'it registers the element');
});

