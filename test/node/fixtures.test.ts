import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { FIXTURES } from '../fixtures.js';

test('the browser tests walk through every file in fixtures/', () => {
  const files = readdirSync(new URL('../../fixtures/', import.meta.url)).filter((name) => name.endsWith('.json'));
  assert.deepEqual([...FIXTURES].sort(), files.sort());
});
