// Angular (frameworks/angular-*.ts, recipes/angular.ts): compiled ahead of time, as `ng build`
// does, by Angular's own compiler (ngtsc, from @angular/compiler-cli) with strict template type
// checking: a type error in a template (say `(load)="shown($event)"` with a handler for the wrong
// event) fails the request, so the test file fails to load with the compiler's message. All the
// components are compiled in one program, once per run (~5 s), starting while the browsers start.
// Angular's own packages on npm are in "partial" form (ɵɵngDeclare… calls), which the Angular
// linker finishes at build time: done here with its Babel plugin, on each such file served, and on
// nice-pick/angular, which is in that form too (scripts/angular.mjs): the apps' copy in
// .angular-entry/ and the built lib/angular.js that the recipe imports by package name.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { angularEntryDir, writeAngularEntry } from './angular-entry.mjs';
import { browserExport, fileOf, frameworks, integrations, recipes, require, root } from './paths.mjs';

const isComponent = (file) =>
  (/^angular-(?!.*\.test\.ts$).*\.ts$/.test(path.basename(file)) && path.dirname(file) === frameworks) || file === path.join(recipes, 'angular.ts');
// nice-pick/angular as an app gets it: the built package's (the recipe imports it by name)
const builtEntry = path.join(root, 'lib/angular.js');

async function compileComponents() {
  await writeAngularEntry(); // nice-pick/angular, which angular-app.ts imports
  const ts = (await import('typescript')).default;
  const ng = await import('@angular/compiler-cli');
  const files = [...readdirSync(frameworks).map((f) => path.join(frameworks, f)), path.join(recipes, 'angular.ts')].filter(isComponent);
  const { config } = ts.readConfigFile(path.join(integrations, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, integrations);
  const outDir = path.join(root, '.angular-aot-out'); // never written: writeFile below keeps the output
  const compilerOptions = {
    ...options,
    noEmit: false,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: false,
    outDir,
    rootDir: root,
    strictTemplates: true,
    strictInjectionParameters: true,
    extendedDiagnostics: { defaultCategory: 'error' },
  };
  const host = ng.createCompilerHost({ options: compilerOptions });
  const output = new Map();
  host.writeFile = (name, text) => output.set(path.resolve(name), text);
  const { diagnostics } = ng.performCompilation({ rootNames: files, options: compilerOptions, host });
  if (diagnostics.length) throw new Error(`Angular compiler:\n${ng.formatDiagnostics(diagnostics)}`);
  return new Map(files.map((file) => [file, output.get(path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js'))]));
}

export function angularPlugin() {
  let compiled; // Promise<Map<file, js>>
  let linker; // Promise<(code, filename) => code>
  const loadLinker = async () => {
    const babel = createRequire(require.resolve('@angular/compiler-cli/package.json'))('@babel/core');
    const { default: linkerPlugin } = await import('@angular/compiler-cli/linker/babel');
    return (code, filename) =>
      babel.transformSync(code, { filename, plugins: [linkerPlugin], babelrc: false, configFile: false, compact: false, sourceMaps: false }).code;
  };
  return {
    name: 'nice-pick-angular',
    serverStart() {
      compiled = compileComponents();
      compiled.catch(() => {}); // reported when a test file asks for a component
    },
    resolveImport({ source, context }) {
      // lib/angular.js sits outside integrations/, where Angular is not installed: its imports of
      // Angular are the app's, the same modules the tests load
      if (source.startsWith('@angular/') && fileOf(context.path) === builtEntry) return browserExport(source);
      return undefined;
    },
    async serve(context) {
      const file = fileOf(context.path);
      if (file === builtEntry) {
        linker ??= loadLinker();
        return { body: (await linker)(readFileSync(file, 'utf8'), file), type: 'js' };
      }
      if (path.dirname(file) === angularEntryDir && file.endsWith('.js')) {
        // nice-pick/angular, linked from the file as written (the esbuild plugin's transform, which
        // comes first, writes ɵ as \u0275, so the linker must see it before that)
        compiled ??= compileComponents();
        await compiled.catch(() => {}); // which writes it (its errors are the component's to report)
        linker ??= loadLinker();
        return { body: (await linker)(readFileSync(file, 'utf8'), file), type: 'js' };
      }
      if (!isComponent(file)) return undefined;
      compiled ??= compileComponents();
      let body;
      try {
        body = (await compiled).get(file);
      } catch (error) {
        compiled = undefined; // let a fixed file compile on the next request
        throw error;
      }
      return body === undefined ? undefined : { body, type: 'js' };
    },
    async transform(context) {
      if (!context.path.includes('/node_modules/@angular/') || typeof context.body !== 'string') return undefined;
      if (!context.body.includes('ɵɵngDeclare')) return undefined;
      linker ??= loadLinker();
      return { body: (await linker)(context.body, fileOf(context.path)) };
    },
  };
}
