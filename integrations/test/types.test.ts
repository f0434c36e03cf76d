// The framework typings against the element's manifest (custom-elements.json, made by `cem
// analyze` from src/nice-pick.ts): for React, Preact, Solid, Vue (vue-tsc), Svelte (svelte-check)
// and Angular (ngtsc, with nice-pick/angular; and without it, the old way), a usage generated from the manifest that sets every public attribute and
// property and listens to every event must type-check, and each wrong value (one a line) must be
// exactly one error. A property, attribute or event the element gains is in the manifest, so it is
// here too: if a typing missed it, its usage would fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { frameworkPaths, integrations, ngtsc, packageDir, repo, scratch } from './packages.js';
import { writeAngularEntry } from '../plugins/angular-entry.mjs';

// ---- What the manifest says the element has ------------------------------------------------

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  members?: { kind: string; name: string; static?: boolean; privacy?: string; readonly?: boolean; inheritedFrom?: unknown; type?: { text: string } }[];
  events?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(path.join(repo, 'custom-elements.json'), 'utf8'));
const element: Declaration = manifest.modules
  .flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? [])
  .find((declaration: Declaration) => declaration.tagName == 'nice-pick');

/** A sample value (as source text) for each type text the manifest gives, and a wrong one. */
const samples: Record<string, { valid: string; wrong: string }> = {
  'string | undefined': { valid: `'/comparisons/gpu-vs-tpu.json'`, wrong: '42' },
  "'auto' | 'light' | 'dark'": { valid: `'dark'`, wrong: `'blue'` },
  number: { valid: '3', wrong: `'many'` },
  boolean: { valid: 'true', wrong: `'yes'` },
  RequestCredentials: { valid: `'include'`, wrong: `'always'` },
  "'eager' | 'lazy'": { valid: `'lazy'`, wrong: `'later'` },
  'Comparison | null | undefined': { valid: 'comparison', wrong: '42' },
  'CardLabels | undefined': { valid: `{ pick: 'Our pick' }`, wrong: '42' },
};
function sample(name: string, type: string | undefined) {
  const found = type && samples[type];
  if (!found) throw new Error(`integrations/test/types.test.ts has no sample value for ${name}'s type ${type}: add one to \`samples\``);
  return found;
}

interface Setting {
  name: string;
  valid: string;
  wrong: string;
}
const properties: Setting[] = (element.members ?? [])
  .filter((m) => m.kind == 'field' && !m.static && !m.inheritedFrom && !m.readonly && (m.privacy ?? 'public') == 'public')
  .map((m) => ({ name: m.name, ...sample(m.name, m.type?.text) }));
const attributes: Setting[] = (element.attributes ?? []).map((a) => ({ name: a.name, ...sample(a.name, a.type?.text) }));
/** Every name the element answers to: properties, and attributes spelled otherwise (`heading-level`). */
const settings = [...properties, ...attributes.filter((a) => !properties.some((p) => p.name == a.name))];
const events = (element.events ?? []).map((e) => e.name);
const capital = (name: string) => name[0].toUpperCase() + name.slice(1);

test('the manifest lists the element\'s API (what the usages below are made of)', () => {
  assert.ok(properties.some((p) => p.name == 'data') && attributes.some((a) => a.name == 'heading-level'));
  assert.deepEqual(events, ['load', 'error']);
});

/** One wrong use a line: what it is, and its source. */
interface Wrong {
  label: string;
  code: string;
}

/** The scratch files' imports of the element's modules. */
const src = (from: string, module: string) => path.relative(from, path.join(repo, 'src', module)).split(path.sep).join('/');

/** Diagnostics as `file:line message`, and the count of those on each line of `wrongFile`. */
function byLine(found: { file: string; line: number; message: string }[], wrongFile: string, wrongs: Wrong[], firstLine: number) {
  const elsewhere = found.filter((d) => d.file != wrongFile || d.line < firstLine || d.line >= firstLine + wrongs.length);
  const counts = wrongs.map((w, i) => `${w.label}: ${found.filter((d) => d.file == wrongFile && d.line == firstLine + i).length} error(s)`);
  return { elsewhere: elsewhere.map((d) => `${path.basename(d.file)}:${d.line} ${d.message}`), counts };
}
const once = (wrongs: Wrong[]) => wrongs.map((w) => `${w.label}: 1 error(s)`);

// ---- JSX: React, Preact, Solid, through the TypeScript API ----------------------------------

interface JsxFramework {
  name: string;
  adapter: string;
  importSource: string;
  jsx: ts.JsxEmit;
  /** The names a setting is given by (Solid: `prop:data` too). */
  names(setting: Setting, isProperty: boolean): string[];
  /** The props that listen for an event. */
  listeners(event: string): string[];
  /** Props that must be type errors, whatever value they get. */
  refused(event: string): string[];
}
const jsxFrameworks: JsxFramework[] = [
  {
    name: 'React 19',
    adapter: 'react.js',
    importSource: 'react',
    jsx: ts.JsxEmit.ReactJSX,
    names: (s) => [s.name],
    listeners: (e) => [`on${e}`],
    refused: (e) => [`on${capital(e)}`], // React's synthetic onLoad / onError never fire on the card
  },
  {
    name: 'Preact',
    adapter: 'preact.js',
    importSource: 'preact',
    jsx: ts.JsxEmit.ReactJSX,
    names: (s) => [s.name],
    listeners: (e) => [`on${capital(e)}`, `on${e}`],
    refused: () => [],
  },
  {
    name: 'Solid',
    adapter: 'solid.js',
    importSource: 'solid-js',
    jsx: ts.JsxEmit.Preserve,
    names: (s, isProperty) => (isProperty ? [s.name, `prop:${s.name}`] : [s.name]),
    listeners: (e) => [`on${capital(e)}`, `on${e}`, `on:${e}`],
    refused: () => [],
  },
];

const prelude = (dir: string, adapter: string) =>
  [
    `import type {} from '${src(dir, adapter)}';`,
    `import type { Comparison, NicePickEventMap } from '${src(dir, 'index.js')}';`,
    'declare const comparison: Comparison;',
    'declare const check: { [K in keyof NicePickEventMap]: (event: NicePickEventMap[K]) => void };',
    'declare function wrong(event: { detail: symbol }): void;',
  ].join('\n');

function jsxUsage(fw: JsxFramework) {
  const isProperty = (s: Setting) => properties.includes(s);
  const valid = [
    ...settings.flatMap((s) => fw.names(s, isProperty(s)).map((name) => `${name}={${s.valid}}`)),
    ...events.flatMap((e) => fw.listeners(e).map((name) => `${name}={(event) => check.${e}(event)}`)),
  ];
  const wrongs: Wrong[] = [
    ...settings.flatMap((s) => fw.names(s, isProperty(s)).map((name) => ({ label: `${name}={${s.wrong}}`, code: `${name}={${s.wrong}}` }))),
    ...events.flatMap((e) => fw.listeners(e).map((name) => ({ label: `${name} with a wrong handler`, code: `${name}={(event) => wrong(event)}` }))),
    ...events.flatMap((e) => fw.refused(e).map((name) => ({ label: `${name} (refused)`, code: `${name}={() => {}}` }))),
  ];
  return { valid, wrongs };
}

function typeCheck(rootNames: string[], options: ts.CompilerOptions) {
  const program = ts.createProgram(rootNames, options);
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file?.fileName ?? '?',
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
  }));
}

const baseOptions = (): ts.CompilerOptions => {
  const file = path.join(integrations, 'types/tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(file));
  return { ...options, paths: frameworkPaths() };
};

for (const fw of jsxFrameworks) {
  test(`${fw.name}: every attribute, property and event of the manifest is typed; each wrong value is one error`, () => {
    const tmp = scratch('jsx');
    try {
      const { valid, wrongs } = jsxUsage(fw);
      const head = `/** @jsxImportSource ${fw.importSource} */\n${prelude(tmp.dir, fw.adapter)}\n`;
      const validFile = tmp.write('valid.tsx', `${head}export const all = <nice-pick\n  ${valid.join('\n  ')}\n/>;\n`);
      const firstLine = head.split('\n').length;
      const wrongFile = tmp.write('wrong.tsx', `${head}${wrongs.map((w, i) => `export const w${i} = <nice-pick ${w.code} />;`).join('\n')}\n`);
      const found = typeCheck([validFile, wrongFile], { ...baseOptions(), jsx: fw.jsx, noUnusedLocals: false });
      const { elsewhere, counts } = byLine(found, wrongFile, wrongs, firstLine);
      assert.deepEqual(elsewhere, [], `${fw.name}: errors in the valid usage`);
      assert.deepEqual(counts, once(wrongs));
    } finally {
      tmp.remove();
    }
  });
}

test('the hand-written type tests (integrations/types/*.tsx, vue.ts) type-check, each @ts-expect-error an error', () => {
  const file = path.join(integrations, 'types/tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const { fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(file));
  assert.deepEqual(typeCheck(fileNames, baseOptions()), []);
});

test('the framework adapters (src/*.d.ts) themselves type-check against the frameworks (no skipLibCheck for them)', () => {
  const adapters = ['react', 'preact', 'solid', 'vue', 'svelte'].map((name) => path.join(repo, 'src', `${name}.d.ts`));
  const program = ts.createProgram(adapters, { ...baseOptions(), skipLibCheck: false });
  const found = adapters.flatMap((file) =>
    program.getSemanticDiagnostics(program.getSourceFile(file)).map((d) => `${path.basename(file)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
  );
  assert.deepEqual(found, []);
});

// ---- Vue single-file components, through vue-tsc -------------------------------------------

const tsconfigFor = (extra: object) =>
  JSON.stringify(
    {
      compilerOptions: { ...JSON.parse(JSON.stringify(compilerJson())), paths: frameworkPaths() },
      ...extra,
    },
    null,
    2,
  );
/** integrations/types/tsconfig.json's options, as JSON, for the generated projects. */
function compilerJson() {
  const { config } = ts.readConfigFile(path.join(integrations, 'types/tsconfig.json'), ts.sys.readFile);
  return { ...config.compilerOptions, noUnusedLocals: false, jsx: 'preserve' };
}

test('Vue (vue-tsc): every attribute, property and event of the manifest is typed in a template; each wrong value is one error', () => {
  const tmp = scratch('vue');
  try {
    const script = (dir: string) =>
      [
        '<script setup lang="ts">',
        `import type { Comparison, NicePickEventMap } from '${src(dir, 'index.js')}';`,
        'const comparison = {} as Comparison;',
        'const check = {} as { [K in keyof NicePickEventMap]: (event: NicePickEventMap[K]) => void };',
        'function wrong(event: { detail: symbol }) { return event; }',
        '</script>',
        '<template>',
      ].join('\n');
    // Vue's names: `:heading-level` (Vue camelizes it: `:headingLevel` is the same prop), `:data`, `@load`
    const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    const vueSettings = [...attributes, ...properties.filter((p) => !attributes.some((a) => camel(a.name) == p.name))];
    const valid = [...vueSettings.map((s) => `:${s.name}="${s.valid}"`), ...events.map((e) => `@${e}="check.${e}($event)"`)];
    const wrongs: Wrong[] = [
      ...vueSettings.map((s) => ({ label: `:${s.name}="${s.wrong}"`, code: `:${s.name}="${s.wrong}"` })),
      ...events.map((e) => ({ label: `@${e} with a wrong handler`, code: `@${e}="wrong($event)"` })),
    ];
    const head = `${script(tmp.dir)}\n`;
    tmp.write('Valid.vue', `${head}  <nice-pick\n    ${valid.join('\n    ')}\n  />\n</template>\n`);
    const wrongFile = tmp.write('Wrong.vue', `${head}${wrongs.map((w) => `  <nice-pick ${w.code} />`).join('\n')}\n</template>\n`);
    tmp.write('env.d.ts', `import type {} from '${src(tmp.dir, 'vue.js')}';\n`);
    tmp.write('tsconfig.json', tsconfigFor({ vueCompilerOptions: { strictTemplates: true }, include: ['*.vue', 'env.d.ts'] }));
    const run = spawnSync(process.execPath, [path.join(packageDir('vue-tsc'), 'bin/vue-tsc.js'), '--noEmit', '-p', 'tsconfig.json'], {
      cwd: tmp.dir,
      encoding: 'utf8',
    });
    const found = `${run.stdout}${run.stderr}`
      .split('\n')
      .map((line) => line.match(/^(.+?)\((\d+),\d+\): error (.*)$/))
      .filter((m) => m != null)
      .map((m) => ({ file: path.resolve(tmp.dir, m[1]), line: Number(m[2]), message: m[3] }));
    assert.ok(found.length || run.status == 0, `vue-tsc failed without an error line:\n${run.stdout}${run.stderr}`);
    const { elsewhere, counts } = byLine(found, wrongFile, wrongs, head.split('\n').length);
    assert.deepEqual(elsewhere, [], 'Vue: errors in the valid usage');
    assert.deepEqual(counts, once(wrongs));
  } finally {
    tmp.remove();
  }
});

// ---- Svelte 5, through svelte-check --------------------------------------------------------

test('Svelte 5 (svelte-check): every attribute, property and event of the manifest is typed; each wrong value is one error', () => {
  const tmp = scratch('svelte');
  try {
    const head =
      [
        '<script lang="ts">',
        `  import type { Comparison, NicePickEventMap } from '${src(tmp.dir, 'index.js')}';`,
        '  const comparison = {} as Comparison;',
        '  const check = {} as { [K in keyof NicePickEventMap]: (event: NicePickEventMap[K]) => void };',
        '  function wrong(event: { detail: symbol }) { return event; }',
        '</script>',
      ].join('\n') + '\n';
    const valid = [...settings.map((s) => `${s.name}={${s.valid}}`), ...events.map((e) => `on${e}={(event) => check.${e}(event)}`)];
    const wrongs: Wrong[] = [
      ...settings.map((s) => ({ label: `${s.name}={${s.wrong}}`, code: `${s.name}={${s.wrong}}` })),
      ...events.map((e) => ({ label: `on${e} with a wrong handler`, code: `on${e}={(event) => wrong(event)}` })),
    ];
    tmp.write('Valid.svelte', `${head}<nice-pick\n  ${valid.join('\n  ')}\n></nice-pick>\n`);
    const wrongFile = tmp.write('Wrong.svelte', `${head}${wrongs.map((w) => `<nice-pick ${w.code}></nice-pick>`).join('\n')}\n`);
    tmp.write('env.d.ts', `import type {} from '${src(tmp.dir, 'svelte.js')}';\n`);
    tmp.write('tsconfig.json', tsconfigFor({ include: ['*.svelte', 'env.d.ts'] }));
    tmp.write('svelte.config.js', 'export default {};\n'); // else svelte-check reads the repo's vite.config.ts
    const cli = path.join(packageDir('svelte-check'), 'bin/svelte-check');
    const run = spawnSync(process.execPath, [cli, '--workspace', tmp.dir, '--tsconfig', path.join(tmp.dir, 'tsconfig.json'), '--output', 'machine'], {
      cwd: tmp.dir,
      encoding: 'utf8',
    });
    // machine output: `<time> ERROR "Wrong.svelte" 8:12 "message"` (lines from 1)
    const found = `${run.stdout}${run.stderr}`
      .split('\n')
      .map((line) => line.match(/^\d+ (ERROR|WARNING) "(.+?)" (\d+):\d+ (.*)$/))
      .filter((m) => m != null)
      .map((m) => ({ file: path.resolve(tmp.dir, m[2]), line: Number(m[3]), message: `${m[1]} ${m[4]}` }));
    assert.match(`${run.stdout}`, /COMPLETED/, `svelte-check did not run:\n${run.stdout}${run.stderr}`);
    const { elsewhere, counts } = byLine(found, wrongFile, wrongs, head.split('\n').length);
    assert.deepEqual(elsewhere, [], 'Svelte: errors or warnings in the valid usage');
    assert.deepEqual(counts, once(wrongs));
  } finally {
    tmp.remove();
  }
});

// ---- Angular, through ngtsc ----------------------------------------------------------------

/** One Angular component a template, with what the usages use. */
const angularComponent = (name: string, template: string, withEntry: boolean) =>
  `@Component({ selector: 'app-${name.toLowerCase()}', ${withEntry ? 'imports: [NicePickComponent]' : 'schemas: [CUSTOM_ELEMENTS_SCHEMA]'}, template: \`${template}\` })\nexport class ${name} {\n  comparison = {} as Comparison;\n  check = {} as { [K in keyof NicePickEventMap]: (event: NicePickEventMap[K]) => void };\n  wrong(event: { detail: symbol }) { return event; }\n}\n`;
const angularHead = (dir: string) =>
  [
    `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';`,
    `import { NicePickComponent } from './angular.js';`,
    `import '${src(dir, 'define.js')}';`,
    `import type { Comparison, NicePickEventMap } from '${src(dir, 'index.js')}';`,
    'void CUSTOM_ELEMENTS_SCHEMA, NicePickComponent;',
    '',
  ].join('\n');
// `[data]` for properties, `[attr.heading-level]` for attributes, `(load)` for events
const angularValid = () => [
  ...properties.map((p) => `[${p.name}]="${p.valid}"`),
  ...attributes.map((a) => `[attr.${a.name}]="${a.valid}"`),
  ...events.map((e) => `(${e})="check.${e}($event)"`),
];
const angularHandlers = () => events.map((e) => `(${e})="wrong($event)"`);

/** Compiles one component per template with ngtsc: the count of errors on each template's line. */
async function angularErrors(withEntry: boolean, valid: string[], templates: string[]) {
  const tmp = scratch('angular');
  try {
    await writeAngularEntry(tmp.dir); // nice-pick/angular for the manifest: ./angular.js and ./angular.d.ts
    const text = [
      angularHead(tmp.dir),
      angularComponent('Valid', `<nice-pick ${valid.join(' ')}></nice-pick>`, withEntry),
      ...templates.map((code, i) => angularComponent(`Wrong${i}`, `<nice-pick ${code}></nice-pick>`, withEntry)),
    ].join('\n');
    const file = tmp.write('usage.ts', text);
    const lines = text.split('\n');
    const lineOf = (code: string) => lines.findIndex((line) => line.includes(`<nice-pick ${code}>`)) + 1;
    const found = await ngtsc([file], { ...baseOptions(), noUnusedLocals: false });
    const prefix = (code: string) => `${path.relative(repo, file).split(path.sep).join('/')}:${lineOf(code)} `;
    const elsewhere = found.filter((d) => !templates.some((code) => d.startsWith(prefix(code))));
    return { elsewhere, counts: templates.map((code) => `${code}: ${found.filter((d) => d.startsWith(prefix(code))).length}`) };
  } finally {
    tmp.remove();
  }
}

test('Angular (ngtsc) with nice-pick/angular: every property, attribute and event of the manifest binds; each wrong value is one error', async () => {
  const wrongs = [...properties.map((p) => `[${p.name}]="${p.wrong}"`), ...angularHandlers()];
  const { elsewhere, counts } = await angularErrors(true, angularValid(), wrongs);
  assert.deepEqual(elsewhere, [], 'Angular: errors in the valid usage');
  assert.deepEqual(counts, wrongs.map((code) => `${code}: 1`));
});

test('Angular (ngtsc) without it, with CUSTOM_ELEMENTS_SCHEMA (the old way): everything binds; a wrong handler is one error; property values are NOT checked', async () => {
  const handlers = angularHandlers();
  const unchecked = properties.map((p) => `[${p.name}]="${p.wrong}"`);
  const { elsewhere, counts } = await angularErrors(false, angularValid(), [...handlers, ...unchecked]);
  assert.deepEqual(elsewhere, [], 'Angular: errors in the valid usage');
  assert.deepEqual(counts, handlers.map((code) => `${code}: 1`).concat(unchecked.map((code) => `${code}: 0`)));
  // CUSTOM_ELEMENTS_SCHEMA: Angular checks no property binding of an element it has no component for
});
