// Where the type checks find the framework packages: resolved from this folder (integrations/,
// or the repo root's node_modules above it), never from the element's own src/. The adapters in
// src/ (src/react.d.ts…) import 'react', 'vue'…: `paths` points those imports at the packages
// found here, so they need not be installed at the repo root.
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The repo root: the element's src/ and custom-elements.json. */
export const repo = fileURLToPath(new URL('../..', import.meta.url));
/** integrations/ */
export const integrations = fileURLToPath(new URL('..', import.meta.url));

/** A package's folder, as Node would find it from this file (a package's exports need not list package.json). */
export function packageDir(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(path.join(dir, name, 'package.json'))) return path.join(dir, name);
  }
  throw new Error(`${name} is not installed: integrations/package.json lists it (npm install in integrations/)`);
}

/** A package's file, as Node resolves it from here. */
export const resolve = (specifier: string) => require.resolve(specifier);

/** The packages the adapters and the type tests import, by import name: where their types are. */
const typed: Record<string, string> = {
  react: '@types/react',
  preact: 'preact',
  'solid-js': 'solid-js',
  vue: 'vue',
  svelte: 'svelte',
  '@angular/core': '@angular/core',
  '@angular/common': '@angular/common',
  '@angular/platform-browser': '@angular/platform-browser',
};

/** compilerOptions.paths that send each framework import to the package found from here. */
export function frameworkPaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const [name, pkg] of Object.entries(typed)) {
    const dir = packageDir(pkg);
    paths[name] = [dir];
    paths[`${name}/*`] = [`${dir}/*`];
  }
  return paths;
}

/** A scratch folder inside integrations/ (removed after the test), for generated files. */
export function scratch(prefix: string): { dir: string; write(file: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(integrations, `.tmp-${prefix}-`));
  return {
    dir,
    write(file, text) {
      const full = path.join(dir, file);
      writeFileSync(full, text);
      return full;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Angular's compiler (ngtsc, with strictTemplates, as `ng build` runs it) on these files: `file:line NGxxxx|TSxxxx message`. */
export async function ngtsc(rootNames: string[], options: import('typescript').CompilerOptions): Promise<string[]> {
  const ts = (await import('typescript')).default;
  const ng = await import('@angular/compiler-cli');
  const compilerOptions = { ...options, noEmit: true, strictTemplates: true, paths: frameworkPaths() };
  const host = ng.createCompilerHost({ options: compilerOptions });
  const { diagnostics } = ng.performCompilation({ rootNames, options: compilerOptions, host });
  return diagnostics.map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const where = d.file ? `${path.relative(repo, d.file.fileName).split(path.sep).join('/')}:${at!.line + 1}` : '?';
    const code = d.source === 'angular' || String(d.code).startsWith('-99') ? `NG${String(d.code).slice(3)}` : `TS${d.code}`;
    return `${where} ${code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`;
  });
}
