// Apps import the package in Node too (server rendering, test runners): that must not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

test('the package entry imports in Node, where there is no DOM, without registering anything', async () => {
  const entry = await import('../../src/index.js');
  assert.equal(typeof entry.NicePick, 'function');
  const seed = JSON.parse(readFileSync(new URL('../../fixtures/gpu-vs-tpu.json', import.meta.url), 'utf8'));
  const result = entry.checkComparison(seed);
  assert.ok(result.ok);
  assert.equal(result.comparison.title, 'GPU Training vs TPU Training');
});

test('a bundler that trusts package.json sideEffects keeps the registration of both entries', async () => {
  const { build } = await import('esbuild');
  const bundle = async (contents: string) =>
    (
      await build({
        stdin: { contents, resolveDir: new URL('../..', import.meta.url).pathname, loader: 'ts' },
        bundle: true,
        write: false,
        format: 'esm',
        external: ['lit'],
        logLevel: 'silent',
      })
    ).outputFiles[0].text;
  // `import 'nice-pick'` must register the tag; importing the class alone must not.
  assert.match(await bundle(`import './src/index.ts';`), /\.define\(\)/);
  assert.doesNotMatch(await bundle(`import { NicePick } from './src/nice-pick.ts'; console.log(NicePick);`), /\.define\(\)/);
});

test('src/version.ts is the package version, which two copies on one page compare', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`export const version = '${pkg.version.replace(/\./g, '\\.')}';`), 'run `node scripts/version.mjs`');
  assert.equal(pkg.scripts.version, 'node scripts/version.mjs && git add src/version.ts', 'npm version updates it');
});

/** The files a bundler takes into an entry of the element (paths from the repository root). */
async function bundledFiles(entry: string, external: string[] = []): Promise<string[]> {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: new URL('../..', import.meta.url).pathname,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    external,
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs);
}

test('nice-pick/server stays out of the browser: no entry of the element bundles it or @lit-labs/ssr', async () => {
  for (const entry of ['src/index.ts', 'src/define.ts', 'src/nice-pick.ts']) {
    const inputs = await bundledFiles(entry);
    assert.ok(inputs.some((input) => input.includes('node_modules/lit')), `${entry}: Lit is bundled, so the list is complete`);
    assert.deepEqual(
      inputs.filter((input) => input === 'src/server.ts' || input.includes('@lit-labs/ssr/')),
      [],
      entry,
    );
  }
});

test('package.json: nice-pick/server is an entry; @lit-labs/ssr an optional peer, never a dependency', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(pkg.exports['./server'], { types: './lib/server.d.ts', import: './lib/server.js', default: './lib/server.js' });
  assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
  assert.ok(pkg.peerDependencies['@lit-labs/ssr']);
  assert.deepEqual(pkg.peerDependenciesMeta['@lit-labs/ssr'], { optional: true });
  assert.ok(!pkg.sideEffects.some((file: string) => file.includes('server')), 'importing it registers nothing');
});

test('nice-pick/react, /vue, /preact, /solid and /svelte are typings only: entries whose JavaScript is empty', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const name of ['react', 'vue', 'preact', 'solid', 'svelte']) {
    assert.deepEqual(pkg.exports[`./${name}`], { types: `./lib/${name}.d.ts`, import: `./lib/${name}.js` }, name);
    // a declaration file (which holds no JavaScript): scripts/framework-types.mjs copies it into
    // lib/ with an empty lib/<name>.js, so importing the entry loads no framework
    assert.ok(existsSync(new URL(`../../src/${name}.d.ts`, import.meta.url)), name);
    assert.ok(!existsSync(new URL(`../../src/${name}.ts`, import.meta.url)), name);
  }
  // the framework packages stay out of the dependencies (they are the app's)
  for (const framework of ['react', 'vue', 'preact', 'solid-js', 'svelte']) {
    assert.ok(!pkg.dependencies?.[framework] && !pkg.peerDependencies?.[framework], framework);
  }
});

test('nice-pick/translations is an entry that no entry of the element bundles: its words cost the element no bytes', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(pkg.exports['./translations'], { types: './lib/translations.d.ts', import: './lib/translations.js', default: './lib/translations.js' });
  assert.ok(!pkg.sideEffects.some((file: string) => file.includes('translations')), 'importing it registers nothing');
  for (const entry of ['src/index.ts', 'src/define.ts', 'src/nice-pick.ts', 'src/server.ts']) {
    const inputs = await bundledFiles(entry, ['@lit-labs/ssr', 'node:module']); // server.ts is Node's: its built-ins stay out
    assert.ok(inputs.includes('src/comparison.ts'), `${entry}: the list is complete`);
    assert.ok(!inputs.includes('src/translations.ts'), entry);
  }
  // and the entry itself works from Node as the Markdown plugins use it at build time
  const { labelsFor } = await import('../../src/translations.js');
  assert.equal(labelsFor('fr-CA')?.pick, 'Notre choix');
});

test('nice-pick/markdown is a Node-only entry no entry of the element bundles; yaml an optional peer, never a dependency', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(pkg.exports['./markdown'], { types: './lib/markdown.d.ts', import: './lib/markdown.js', default: './lib/markdown.js' });
  assert.ok(pkg.peerDependencies.yaml);
  assert.deepEqual(pkg.peerDependenciesMeta.yaml, { optional: true });
  assert.ok(!pkg.sideEffects.some((file: string) => /markdown|text|json-help/.test(file)), 'importing it registers nothing');
  for (const entry of ['src/index.ts', 'src/define.ts', 'src/nice-pick.ts']) {
    const inputs = await bundledFiles(entry);
    assert.ok(inputs.includes('src/comparison.ts'), `${entry}: the list is complete`);
    const markdown = inputs.filter((input) => ['src/markdown.ts', 'src/text.ts', 'src/json-help.ts'].includes(input) || input.includes('node_modules/yaml/'));
    assert.deepEqual(markdown, [], entry);
  }
});

test('nice-pick/angular: an entry made from the manifest by scripts/angular.mjs; @angular/core an optional peer, never a dependency', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(pkg.exports['./angular'], { types: './lib/angular.d.ts', import: './lib/angular.js' });
  assert.match(pkg.scripts.build, /cem analyze --quiet && node scripts\/angular\.mjs/, 'written after the manifest');
  assert.ok(pkg.peerDependencies['@angular/core']);
  assert.deepEqual(pkg.peerDependenciesMeta['@angular/core'], { optional: true });
  assert.ok(!pkg.devDependencies['@angular/core'] && !pkg.dependencies['@angular/core'], 'no Angular in the root install');
  assert.ok(!pkg.sideEffects.some((file: string) => file.includes('angular')), 'importing it registers nothing');
  // @ts-expect-error: a plain script, no declarations
  const { angularEntry, publicProperties } = await import('../../scripts/angular.mjs');
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const names = publicProperties(manifest).map((p: { name: string }) => p.name);
  assert.deepEqual(names, ['data', 'src', 'theme', 'headingLevel', 'labels', 'structuredData', 'timeout', 'credentials', 'loading']);
  const { js, dts } = angularEntry(manifest);
  // the JavaScript imports Angular and nothing of the element (the app registers it: no second copy)
  assert.deepEqual([...js.matchAll(/^import .*$/gm)].map((m) => m[0]), [`import * as i0 from '@angular/core';`]);
  assert.deepEqual([...dts.matchAll(/^import .*$/gm)].map((m) => m[0]), [
    `import type { NicePick } from './nice-pick.js';`,
    `import type { AttributeValue } from './props.js';`,
    `import * as i0 from '@angular/core';`,
  ]);
  for (const name of names) {
    assert.match(js, new RegExp(`set ${name}\\(value\\) \\{ this\\.#element\\.${name} = `), `${name} forwards to the element`);
    assert.match(dts, new RegExp(`set ${name}\\(value: (AttributeValue<)?NicePick\\['${name}'\\]>?\\);`), `${name}: the element's type`);
    assert.match(dts, new RegExp(`"${name}": \\{ "alias": "${name}"; "required": false; \\};`), `${name}: an input`);
  }
});
