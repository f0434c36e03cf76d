// Where the compile plugins find things: the repo root (web-test-runner's rootDir, so a file's
// URL is its path from there) and the packages of integrations/node_modules, resolved from here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const integrations = fileURLToPath(new URL('../', import.meta.url));
export const frameworks = path.join(integrations, 'frameworks');
/** The docs' recipes (integrations/recipes/), compiled as the apps in frameworks/ are. */
export const recipes = path.join(integrations, 'recipes');
export const require = createRequire(import.meta.url);

/** A served URL path (`/integrations/frameworks/x.ts`) as a file path. */
export const fileOf = (urlPath) => path.join(root, decodeURIComponent(urlPath));

/** The folder of package `name` as Node finds it from here (package.json need not be exported). */
export function packageDir(name) {
  const dir = (require.resolve.paths(name) ?? []).map((base) => path.join(base, name)).find((d) => existsSync(path.join(d, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed: run \`npm ci --prefix integrations\``);
  return dir;
}

/**
 * `pkg` or `pkg/sub` -> its URL under rootDir, by the package's `exports` with the browser's
 * conditions (the default nodeResolve has `development` only, which picks some packages'
 * server builds).
 */
export function browserExport(source, conditions = ['browser', 'development', 'import', 'default']) {
  const [, name, sub = ''] = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(source);
  const dir = packageDir(name);
  const { exports } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  let target = exports[`.${sub}`];
  while (target && typeof target === 'object') {
    const key = Object.keys(target).find((k) => conditions.includes(k));
    target = key && target[key];
  }
  if (typeof target !== 'string') throw new Error(`no browser export for ${source}`);
  return `/${path.relative(root, path.join(dir, target)).split(path.sep).join('/')}`;
}
