// Angular's template type checking of <nice-pick> (ngtsc with strictTemplates, as `ng build`
// runs it): the app the browser test mounts compiles clean, `$event` in `(load)` is the card's
// load event, and without CUSTOM_ELEMENTS_SCHEMA the tag is an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('ngtsc: test/frameworks/angular-app.ts compiles clean; test/types/angular/wrong.ts fails where it should', async () => {
  const ng = await import('@angular/compiler-cli');
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const compilerOptions = { ...options, noEmit: true, strictTemplates: true };
  const rootNames = ['test/frameworks/angular-app.ts', 'test/types/angular/wrong.ts'].map((f) => path.join(root, f));
  const host = ng.createCompilerHost({ options: compilerOptions });
  const { diagnostics } = ng.performCompilation({ rootNames, options: compilerOptions, host });
  const found = diagnostics.map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const where = d.file ? `${path.relative(root, d.file.fileName)}:${at!.line + 1}` : '?';
    const code = d.source === 'angular' || String(d.code).startsWith('-99') ? `NG${String(d.code).slice(3)}` : `TS${d.code}`;
    return `${where} ${code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`;
  });
  assert.deepEqual(found, [
    "test/types/angular/wrong.ts:11 TS2345 Argument of type 'NicePickLoadEvent' is not assignable to parameter of type 'NicePickErrorEvent'.",
    "test/types/angular/wrong.ts:23 NG8001 'nice-pick' is not a known element:",
    "test/types/angular/wrong.ts:23 NG8002 Can't bind to 'data' since it isn't a known property of 'nice-pick'.",
  ]);
});
