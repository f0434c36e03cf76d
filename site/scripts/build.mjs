// `npm run build:site` (root) / `npm run build` (site/): the element bundle first when it is
// missing or older than any file of src/ (the root's `npm run build`), then Vite (vite.config.ts)
// into site/dist/, then the docs pages (build-docs.mjs: site/docs/*.md into dist/docs/, with
// their search index), then the budgets (check-budget.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('..', import.meta.url));
const root = path.join(site, '..');
const bundle = path.join(root, 'dist/nice-pick.js');

const run = (cmd, args, cwd) => {
  console.log(`[site] ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

const newestSource = Math.max(
  ...readdirSync(path.join(root, 'src'), { recursive: true }).map((f) => statSync(path.join(root, 'src', String(f))).mtimeMs),
  statSync(path.join(root, 'vite.config.ts')).mtimeMs,
);
if (!existsSync(bundle)) {
  console.log('[site] dist/nice-pick.js is missing: building the element first');
  run('npm', ['run', 'build'], root);
} else if (statSync(bundle).mtimeMs < newestSource) {
  console.log('[site] dist/nice-pick.js is older than src/: building the element first');
  run('npm', ['run', 'build'], root);
}

run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(site, 'vite.config.ts')], site);
run(process.execPath, [path.join(site, 'scripts/build-docs.mjs')], site);
run(process.execPath, [path.join(site, 'scripts/check-budget.mjs')], site);
