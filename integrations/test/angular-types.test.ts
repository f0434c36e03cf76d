// Angular's template type checking of <nice-pick> (ngtsc with strictTemplates, as `ng build`
// runs it): the app the browser test mounts compiles clean, `$event` in `(load)` is the card's
// load event, and without CUSTOM_ELEMENTS_SCHEMA the tag is an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import ts from 'typescript';
import { integrations, ngtsc, repo } from './packages.js';

test('ngtsc: integrations/frameworks/angular-app.ts compiles clean; integrations/types/angular/wrong.ts fails where it should', async () => {
  const { config } = ts.readConfigFile(path.join(integrations, 'types/tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.join(integrations, 'types'));
  const rootNames = ['integrations/frameworks/angular-app.ts', 'integrations/types/angular/wrong.ts'].map((f) => path.join(repo, f));
  assert.deepEqual(await ngtsc(rootNames, options), [
    "integrations/types/angular/wrong.ts:11 TS2345 Argument of type 'NicePickLoadEvent' is not assignable to parameter of type 'NicePickErrorEvent'.",
    "integrations/types/angular/wrong.ts:23 NG8001 'nice-pick' is not a known element:",
    "integrations/types/angular/wrong.ts:23 NG8002 Can't bind to 'data' since it isn't a known property of 'nice-pick'.",
  ]);
});
