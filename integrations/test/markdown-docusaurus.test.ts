// Docusaurus 3 builds the shared page (integrations/markdown/content/index.md) with
// rehype-nice-pick in its docs preset, as site/docs/markdown.md's recipe says: Docusaurus loads its
// config through jiti, which require()s the plugin, so this also proves the plugins load that way.
// Each block is a card in the built HTML (test/markdown.ts), and the other fence stays a code block.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLib } from '../../test/node/helpers.js';
import { expectPageCards } from './markdown.js';
import { integrations } from './packages.js';

const site = join(integrations, 'docusaurus');
let scratch = '';

before(async () => {
  await buildLib(); // the plugin renders with nice-pick/server, the built lib/
  scratch = mkdtempSync(join(tmpdir(), 'nice-pick-docusaurus-'));
});
after(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(join(site, '.docusaurus'), { recursive: true, force: true }); // its generated files, whatever the options
});

test('Docusaurus: the docs preset\'s rehypePlugins make the cards; its own code blocks keep the other fences', { timeout: 240_000 }, () => {
  const cli = join(integrations, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  // From integrations/, the plugin's default `root`: the page's src= files are inside it.
  const run = spawnSync(process.execPath, [cli, 'build', site, '--out-dir', scratch, '--no-minify'], {
    cwd: integrations,
    encoding: 'utf8',
    env: { ...process.env, DOCUSAURUS_TELEMETRY_DISABLED: '1' },
  });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  const html = readFileSync(join(scratch, 'index.html'), 'utf8');
  expectPageCards(html, 'Docusaurus');
  assert.match(html, /<pre[^>]*><code[^>]*>[\s\S]*?npm install --save-dev rehype-nice-pick/, 'the sh fence is still a code block');
});
