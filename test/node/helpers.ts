// What the Node tests of the built package share: the repo's paths, lib/ built when stale, and
// the `nice-pick` command run as users run it (a separate Node process).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = join(root, 'bin/nice-pick.mjs');

/** fixtures/*.json, relative to the repo, sorted. */
export const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => `fixtures/${name}`);

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** lib/ (tsc -p tsconfig.build.json) is older than some src/*.ts, or missing. */
const libIsStale = () =>
  readdirSync(join(root, 'src'))
    .filter((name) => name.endsWith('.ts'))
    .some((name) => mtime(join(root, 'lib', name.replace(/\.ts$/, '.js'))) < mtime(join(root, 'src', name)));

/**
 * Builds lib/, the package as published, when src/ is newer. Test files run in parallel
 * processes: a lock directory makes the others wait, so none reads a half-written lib/.
 */
export async function buildLib(): Promise<void> {
  const lock = join(root, 'node_modules/.nice-pick-build-lib.lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      await sleep(100);
    }
  }
  try {
    if (!libIsStale()) return;
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    try {
      await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root });
    } catch (e) {
      const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
      throw new Error(`building lib/ (tsc -p tsconfig.build.json) failed:\n${stdout}${stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI in its own process. Asynchronous, so the test's own HTTP server keeps answering. */
export function cli(args: string[], { script = bin, cwd = root } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** An expected failure is a message, never a stack trace. */
export const noStack = (text: string) => assert.doesNotMatch(text, /^\s+at /m, `no stack trace expected:\n${text}`);

/** A usage error: exit 2, `message` and the pointer to --help on stderr, nothing on stdout. */
export async function expectUsageError(args: string[], message: RegExp): Promise<void> {
  const { code, stdout, stderr } = await cli(args);
  assert.match(stderr, message);
  assert.match(stderr, /nice-pick --help/);
  noStack(stderr);
  assert.equal(stdout, '');
  assert.equal(code, 2);
}
