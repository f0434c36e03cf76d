// nice-pick/angular for the tests: scripts/angular.mjs's output for the current manifest, written to
// integrations/.angular-entry/ (not committed) with its type import pointing at the element's
// src/ rather than lib/, so the Angular app and the type tests need no build of the package.
// The same text otherwise as `npm run build` writes to lib/angular.js and lib/angular.d.ts.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { integrations, root } from './paths.mjs';

export const angularEntryDir = path.join(integrations, '.angular-entry');

/** Writes angular.js and angular.d.ts into `dir` (atomically: tests may run at once); returns `dir`. */
export async function writeAngularEntry(dir = angularEntryDir) {
  const { angularEntry } = await import(path.join(root, 'scripts/angular.mjs'));
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const element = path.relative(dir, path.join(root, 'src/nice-pick.js')).split(path.sep).join('/');
  const { js, dts } = angularEntry(manifest, { element: element.startsWith('.') ? element : `./${element}` });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of [['angular.js', js], ['angular.d.ts', dts]]) {
    const temp = path.join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temp, text);
    renameSync(temp, path.join(dir, name));
  }
  return dir;
}

// `node integrations/plugins/angular-entry.mjs`: before a type check of integrations/ (tsc), which
// reads integrations/.angular-entry/angular.d.ts through angular-app.ts.
if (process.argv[1] && path.resolve(process.argv[1]) === path.join(integrations, 'plugins/angular-entry.mjs')) await writeAngularEntry();
