// `npm run test:wordpress`: the end-to-end run (run.mjs) once per WordPress version.
// - 6.1: Debian's package (/usr/share/wordpress, 6.1.x), always.
// - 6.5: WordPress 6.5.5 from the npm package @wp-playground/wordpress-builds (its wp-6.5.zip:
//   the PHP is complete; some static files of wp-admin are left out, which the front end does not
//   need), fetched once with `npm pack` into node_modules/.cache/nice-pick-wordpress/ and run on
//   the same MariaDB and PHP as 6.1. NICE_PICK_WORDPRESS=6.1 runs only Debian's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const BUILDS = '@wp-playground/wordpress-builds@0.9.19';
const cache = path.join(root, 'node_modules/.cache/nice-pick-wordpress');

/** A folder holding WordPress `version` from the Playground's builds, fetched once. */
function playgroundWordPress(version) {
  const dir = path.join(cache, `wp-${version}`);
  if (existsSync(path.join(dir, 'wp-load.php'))) return dir;
  mkdirSync(cache, { recursive: true });
  console.log(`[wordpress] fetching WordPress ${version} from ${BUILDS} (npm pack, about 160 MB, once)`);
  const tarball = execFileSync('npm', ['pack', BUILDS, '--pack-destination', cache, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
  const tgz = path.join(cache, tarball);
  const zip = `package/src/wordpress/wp-${version}.zip`;
  execFileSync('tar', ['xzf', tgz, '-C', cache, zip]);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('unzip', ['-q', path.join(cache, zip), '-d', dir]);
  rmSync(tgz);
  rmSync(path.join(cache, 'package'), { recursive: true, force: true });
  return dir;
}

const versions = (process.env.NICE_PICK_WORDPRESS || '6.1,6.5').split(',').map((v) => v.trim());
const totals = { passed: 0, failed: 0 };
for (const version of versions) {
  const dir = version === '6.1' ? process.env.WORDPRESS_DIR || '/usr/share/wordpress' : playgroundWordPress(version);
  console.log(`\n==== WordPress ${version} (${dir}) ====`);
  const run = spawnSync(process.execPath, [...process.execArgv, path.join(here, 'run.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, WORDPRESS_DIR: dir },
  });
  process.stdout.write(run.stdout);
  const counts = /tests: (\d+) passed, (\d+) failed/.exec(run.stdout);
  totals.passed += Number(counts?.[1] ?? 0);
  totals.failed += Number(counts?.[2] ?? 0) + (counts && run.status === 0 ? 0 : 1);
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
