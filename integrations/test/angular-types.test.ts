// Angular's template type checking of <nice-pick> (ngtsc with strictTemplates, as `ng build`
// runs it): the app the browser test mounts (which uses nice-pick/angular) compiles clean, `$event`
// in `(load)` is the card's load event with or without nice-pick/angular, without it and without
// CUSTOM_ELEMENTS_SCHEMA the tag is an error, and with nice-pick/angular's component the inputs
// are typed: a wrong value, static or bound, and a misspelt property are errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import ts from 'typescript';
import { integrations, ngtsc, repo } from './packages.js';
import { writeAngularEntry } from '../plugins/angular-entry.mjs';

test('ngtsc: integrations/frameworks/angular-app.ts compiles clean; integrations/types/angular/wrong.ts fails where it should', async () => {
  const { config } = ts.readConfigFile(path.join(integrations, 'types/tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.join(integrations, 'types'));
  await writeAngularEntry(); // integrations/.angular-entry/: nice-pick/angular for the current manifest
  const rootNames = ['integrations/frameworks/angular-app.ts', 'integrations/types/angular/wrong.ts'].map((f) => path.join(repo, f));
  assert.deepEqual(await ngtsc(rootNames, options), [
    "integrations/types/angular/wrong.ts:12 TS2345 Argument of type 'NicePickLoadEvent' is not assignable to parameter of type 'NicePickErrorEvent'.",
    "integrations/types/angular/wrong.ts:47 TS2322 Type 'number' is not assignable to type 'Comparison'.",
    `integrations/types/angular/wrong.ts:48 TS2322 Type '"blue"' is not assignable to type '"auto" | "light" | "dark"'.`,
    `integrations/types/angular/wrong.ts:49 TS2322 Type '"blue"' is not assignable to type '"auto" | "light" | "dark"'.`,
    "integrations/types/angular/wrong.ts:50 TS2322 Type '\"soon\"' is not assignable to type 'number | `${number}`'.",
    "integrations/types/angular/wrong.ts:52 TS2345 Argument of type 'NicePickLoadEvent' is not assignable to parameter of type 'NicePickErrorEvent'.",
    "integrations/types/angular/wrong.ts:24 NG8001 'nice-pick' is not a known element:",
    "integrations/types/angular/wrong.ts:24 NG8002 Can't bind to 'data' since it isn't a known property of 'nice-pick'.",
    "integrations/types/angular/wrong.ts:51 NG8002 Can't bind to 'dta' since it isn't a known property of 'nice-pick'.",
  ]);
});
