#!/usr/bin/env node
// `npm run test:packages`: the tests of every package in packages/ (each one's `npm test`), after
// building lib/, the element package as the packages import it (`nice-pick/markdown` is
// lib/markdown.js). Node built-ins only. Exit status 1 when any package's tests fail.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.log(`[test:packages] ${message}`);

log('building lib/ (tsc -p tsconfig.build.json): the packages import nice-pick from it');
const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(1);

const packages = readdirSync(path.join(ROOT, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(ROOT, 'packages', entry.name, 'package.json')))
  .map((entry) => entry.name)
  .filter((name) => JSON.parse(readFileSync(path.join(ROOT, 'packages', name, 'package.json'), 'utf8')).scripts?.test)
  .sort();

const failed = [];
for (const name of packages) {
  log(`packages/${name}: npm test`);
  const run = spawnSync('npm', ['test'], { cwd: path.join(ROOT, 'packages', name), stdio: 'inherit' });
  if (run.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`[test:packages] FAILED: ${failed.join(', ')}`);
  process.exit(1);
}
log(`all passed: ${packages.join(', ')}`);
