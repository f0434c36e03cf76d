// The data contract is defined once (src/comparison.ts); this proves the generated JSON Schema
// and the runtime validator say the same thing about thousands of inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { checkComparison } from '../../src/check.js';
// @ts-expect-error: a plain .mjs script without types
import { generateSchema, schemaFile } from '../../scripts/schema.mjs';

const fixturesDir = new URL('../../fixtures/', import.meta.url);
const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, json: JSON.parse(readFileSync(new URL(name, fixturesDir), 'utf8')) }));

const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(schema);

// The two rules JSON Schema cannot say (see the schema's $comment): only the validator has them.
const crossFieldRule = /names no option|is already used by/;

test('the committed schema is the one the types generate', () => {
  assert.deepEqual(schema, generateSchema(), 'run `npm run build:schema` and commit the result');
});

test('every fixture is valid to both the schema and the validator', () => {
  assert.ok(fixtures.length >= 6);
  for (const { name, json } of fixtures) {
    assert.ok(schemaAccepts(json), `${name}: ${ajv.errorsText(schemaAccepts.errors)}`);
    const result = checkComparison(json);
    assert.ok(result.ok, `${name}: ${result.ok ? '' : result.problems.join('\n')}`);
  }
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The path of every value in `value`, the root first. */
function* walk(value: Json, path: (string | number)[] = []): Generator<(string | number)[]> {
  yield path;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* walk(value[i], [...path, i]);
  else if (value && typeof value == 'object') for (const key of Object.keys(value)) yield* walk(value[key], [...path, key]);
}

/** A copy of `root` with the value at `path` replaced (or deleted, for `undefined`). */
function withValue(root: Json, path: (string | number)[], value: Json | undefined): Json | undefined {
  if (!path.length) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

const replacements: (Json | undefined)[] = [undefined, null, 0, 42.5, '', 'text', true, [], ['x'], [1], {}, { label: 'x' }, 'ltr'];

test('the schema and the validator agree on every mutation of every fixture', () => {
  let compared = 0;
  let onlyValidator = 0;
  for (const { name, json } of fixtures) {
    const variants: Json[] = [];
    for (const path of walk(json)) {
      for (const value of replacements) {
        const variant = withValue(json, path, value);
        if (variant !== undefined) variants.push(variant);
      }
    }
    // Unknown fields are ignored by both, at the top and inside every object.
    for (const path of walk(json)) {
      const value = path.reduce<Json>((node, key) => (node as Record<string, Json>)[key], json);
      if (value && typeof value == 'object' && !Array.isArray(value)) {
        variants.push(withValue(json, [...path, 'unknownField'], { any: 'thing' })!);
      }
    }
    const options = (json as { options: Json[] }).options;
    variants.push(withValue(json, ['options'], options.slice(0, 1))!);
    const distinct = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...(options[i % options.length] as object), id: `o${i}`, name: `O ${i}` }));
    for (const count of [0, 1, 3, 4, 5, 9]) {
      variants.push({ ...(json as object), options: distinct(count), pick: 'o0' });
    }
    for (const variant of variants) {
      const bySchema = schemaAccepts(variant);
      const result = checkComparison(variant);
      compared++;
      if (bySchema && !result.ok && result.problems.every((problem) => crossFieldRule.test(problem))) {
        onlyValidator++;
        continue;
      }
      assert.equal(
        result.ok,
        bySchema,
        `${name}: schema says ${bySchema ? 'valid' : 'invalid'} but the validator says ${
          result.ok ? 'valid' : result.problems.join('; ')
        } for ${JSON.stringify(variant).slice(0, 300)}`,
      );
    }
  }
  assert.ok(compared > 2000, `compared ${compared} inputs`);
  assert.ok(onlyValidator > 0, 'the cross-field rules were exercised');
});
