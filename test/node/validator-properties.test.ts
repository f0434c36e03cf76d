// Property-based tests of the validator against hostile input, with fast-check: for any input at
// all it answers, never throws; every problem names a real place in the input; prototype keys
// pollute nothing; any valid comparison comes back exactly as the format documents; and huge or
// deep inputs are checked in linear time (timings in the test's diagnostics).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { checkComparison, type CheckResult } from '../../src/check.js';
// @ts-expect-error: a plain .mjs script without types
import { schemaFile } from '../../scripts/schema.mjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const RUNS = { numRuns: 400 };

// ------------------------------------------------------------------ oracles, from the README alone

/** What a value is, in the words of the validator's messages (restated, not imported: the oracle is not the code under test). */
const what = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value == 'object'
          ? 'an object'
          : `a ${typeof value}`;

/** The default id: the name in lower case, each run of other characters than letters and digits as "-", none at either end. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

const PROBLEM = /^([A-Za-z$][\w$]*(?:\.[A-Za-z$][\w$]*|\[\d+\])*): (.+)$/s;
const own = (node: unknown, key: string | number): unknown =>
  node !== null && typeof node == 'object' && Object.hasOwn(node, key) ? (node as Any)[key] : undefined;

/**
 * Why `problem` is not a precise, true statement about `input` (undefined when it is): its path
 * leads through the input to the value it speaks of, and "got X" says what that value is.
 */
function imprecision(input: unknown, problem: string): string | undefined {
  if (input === null || typeof input != 'object' || Array.isArray(input)) {
    return problem === `expected a comparison object, got ${what(input)}` ? undefined : 'not the top-level message';
  }
  const match = PROBLEM.exec(problem);
  if (!match) return 'no path';
  const [, path, message] = match;
  const keys = [...path.matchAll(/([A-Za-z$][\w$]*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  let parent: unknown = input;
  for (const key of keys.slice(0, -1)) {
    const next = own(parent, key);
    if (next === null || typeof next != 'object') return `${path}: no container at ${String(key)}`;
    if (typeof key == 'number' && !Array.isArray(next) && !Array.isArray(parent)) return `${path}: an index into a non-array`;
    parent = next;
  }
  if (typeof keys[keys.length - 1] == 'number' && !Array.isArray(parent)) return `${path}: an index into a non-array`;
  const value = own(parent, keys[keys.length - 1]);
  let m: RegExpExecArray | null;
  if ((m = /^expected 2 to 4 options, got (\d+)$/.exec(message))) {
    return path === 'options' && Array.isArray(value) && value.length === Number(m[1]) && (value.length < 2 || value.length > 4)
      ? undefined
      : 'wrong option count';
  }
  if ((m = /^expected at most (\d+) items, got (\d+)$/.exec(message))) {
    return Array.isArray(value) && value.length === Number(m[2]) && value.length > Number(m[1]) ? undefined : 'wrong bound';
  }
  if ((m = /^expected .+, got (.+)$/s.exec(message))) return m[1] === what(value) ? undefined : `says ${m[1]}, the value is ${what(value)}`;
  if ((m = /^the id (".*") is already used by options\[(\d+)\]; give each option its own "id"$/s.exec(message))) {
    const at = /^options\[(\d+)\](\.id)?$/.exec(path);
    return at && Number(at[1]) > Number(m[2]) ? undefined : 'duplicate id at the wrong place';
  }
  if ((m = /^(".*") names no option; the option ids are (.*)$/s.exec(message))) {
    return path === 'pick' && m[1] === JSON.stringify((input as Any).pick) ? undefined : 'pick message at the wrong place';
  }
  return 'an unknown kind of message';
}

/** Asserts the answer's shape: ok with a comparison, or not ok with precise problems. */
function expectAnswer(input: unknown, result: CheckResult) {
  if (result.ok) {
    const count = result.comparison.options.length;
    assert.ok(count >= 2 && count <= 4, `ok with ${count} options`);
    assert.ok(Array.isArray(result.warnings));
    return;
  }
  assert.ok(result.problems.length > 0, 'not ok, so at least one problem');
  for (const problem of result.problems) {
    const why = imprecision(input, problem);
    assert.equal(why, undefined, `${JSON.stringify(problem).slice(0, 300)}: ${why}`);
  }
}

/** The only keys the checked comparison may have, at each level. */
const KNOWN: Record<string, string[]> = {
  top: ['label', 'title', 'intro', 'options', 'pick', 'verdict', 'contact', 'lang', 'dir', 'labels'],
  option: ['id', 'name', 'kind', 'summary', 'pros', 'cons', 'related', 'url'],
  tag: ['label', 'url'],
  verdict: ['text', 'bottomLine', 'reason'],
  contact: ['prompt', 'links'],
  labels: ['pick', 'pros', 'cons', 'relatedTo', 'verdict', 'bottomLine', 'wins', 'disagree'],
};

/** Every object of the output is a plain object with known keys only. */
function expectPlainOutput(comparison: Any) {
  const check = (node: Any, level: string) => {
    assert.equal(Object.getPrototypeOf(node), Object.prototype, `${level}: a plain object`);
    const extra = Reflect.ownKeys(node).filter((key) => !KNOWN[level].includes(key as string));
    assert.deepEqual(extra, [], `${level}: only known keys`);
  };
  check(comparison, 'top');
  check(comparison.labels, 'labels');
  for (const option of comparison.options) {
    check(option, 'option');
    option.related.forEach((tag: Any) => check(tag, 'tag'));
  }
  if (comparison.verdict) check(comparison.verdict, 'verdict');
  if (comparison.contact) {
    check(comparison.contact, 'contact');
    comparison.contact.links.forEach((tag: Any) => check(tag, 'tag'));
  }
}

// ------------------------------------------------------------------ arbitraries

/** Any UTF-16 string: lone surrogates, controls, the whole BMP and beyond. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom('', ' ', '<img src=x onerror=alert(1)>', '__proto__', '{name}', '$&', '\u2028', 'javascript:alert(1)'),
);
const nonEmptyText = anyText.filter((s) => s !== '');
const httpUrl = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const validOption = (i: number) =>
  fc
    .record({
      name: nonEmptyText,
      id: maybe(anyText),
      kind: maybe(anyText),
      summary: maybe(anyText),
      pros: fc.array(anyText, { maxLength: 4 }),
      cons: fc.array(anyText, { maxLength: 4 }),
      related: maybe(fc.array(fc.oneof(anyText, fc.record({ label: nonEmptyText, url: maybe(httpUrl) }).map(defined)), { maxLength: 3 })),
      url: maybe(httpUrl),
    })
    // Distinct ids: a given id ends in "#i", a derived one (name + " i") in the digit i alone.
    .map(({ name, id, ...rest }) => defined({ ...rest, name: `${name} ${i}`, id: id === undefined ? undefined : `${id}#${i}` }));

// An address the card links: one that makes a mailto: URL. fast-check's RFC 5322 addresses include
// ones such as "//a.|a./@a.aa", whose mailto: URL does not parse: the card shows those as text with
// a warning, as the docs say of any link it cannot use (tested with the hostile URLs), so they
// are not "valid without warnings". About one run in a few hundred met one.
const mailtoable = fc.emailAddress().filter((email) => URL.canParse(`mailto:${email}`));

/** A valid comparison: every field, optional or not, with any text. */
const validComparison = fc
  .integer({ min: 2, max: 4 })
  .chain((count) =>
    fc.record({
      $schema: maybe(anyText),
      label: maybe(anyText),
      title: maybe(anyText),
      intro: maybe(anyText),
      lang: maybe(anyText),
      dir: maybe(fc.constantFrom('ltr', 'rtl', 'auto')),
      options: fc.tuple(...Array.from({ length: count }, (_, i) => validOption(i))),
      pick: fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: 0, max: count - 1 })),
      verdict: maybe(
        fc.record({ text: maybe(fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }))), bottomLine: maybe(anyText), reason: maybe(anyText) }).map(defined),
      ),
      contact: maybe(fc.record({ prompt: maybe(anyText), email: maybe(mailtoable), url: maybe(httpUrl) }).map(defined)),
      labels: maybe(
        fc
          .record(Object.fromEntries(KNOWN.labels.map((key) => [key, maybe(anyText)])) as Record<string, fc.Arbitrary<string | undefined>>)
          .map(defined),
      ),
    }),
  )
  .map(({ pick, ...rest }) => {
    const c: Any = defined(rest);
    if (pick === null) c.pick = null;
    else if (pick !== undefined) c.pick = c.options[pick].id ?? slug(c.options[pick].name);
    return c;
  });

/** The checked comparison the README promises for a valid `input`. */
function documented(input: Any): Any {
  const href = (url: string) => new URL(url).href;
  const options = input.options.map((o: Any) =>
    defined({
      id: o.id ?? slug(o.name),
      name: o.name,
      kind: o.kind,
      summary: o.summary,
      pros: o.pros,
      cons: o.cons,
      related: (o.related ?? []).map((t: Any) => (typeof t == 'string' ? { label: t } : defined({ label: t.label, url: t.url && href(t.url) }))),
      url: o.url && href(o.url),
    }),
  );
  const v = input.verdict;
  const c = input.contact;
  return defined({
    label: input.label,
    title: input.title ?? input.options.map((o: Any) => o.name).join(' vs '),
    intro: input.intro,
    options,
    pick: input.pick ?? null,
    verdict: v && defined({ text: typeof v.text == 'string' ? [v.text] : (v.text ?? []), bottomLine: v.bottomLine, reason: v.reason }),
    contact: c && defined({
      prompt: c.prompt,
      links: [
        ...(c.email ? [{ label: c.email, url: href(`mailto:${c.email}`) }] : []),
        ...(c.url ? [{ label: c.url, url: href(c.url) }] : []),
      ],
    }),
    lang: input.lang,
    dir: input.dir,
    labels: input.labels ?? {},
  });
}

/** Keys that mean something to JavaScript objects, with the format's own, for objects made by JSON.parse. */
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'options', 'name', 'pros', 'cons',
  'related', 'label', 'url', 'pick', 'id', 'verdict', 'text', 'contact', 'email', 'labels', 'wins', 'dir', 'polluted'];

/** JSON text (not a value: JSON.parse makes "__proto__" an own key), with prototype keys everywhere. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ text: string }>((tie) => ({
  text: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
    fc.array(tie('text'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constant('__proto__'), fc.constantFrom(...KEYS), fc.string({ maxLength: 4 })), tie('text')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
  ),
})).text;

/** A valid comparison with one value replaced, removed or added somewhere (often invalid, always near). */
function* walk(value: Any, path: (string | number)[] = []): Generator<(string | number)[]> {
  yield path;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* walk(value[i], [...path, i]);
  else if (value && typeof value == 'object') for (const key of Object.keys(value)) yield* walk(value[key], [...path, key]);
}
const nearValid = fc
  .tuple(validComparison, fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), fc.constantFrom('replace', 'add'), fc.constantFrom(...KEYS))
  .map(([comparison, n, value, how, key]) => {
    const paths = [...walk(comparison)];
    const path = paths[n % paths.length];
    const copy: Any = structuredClone(comparison);
    if (!path.length) return how === 'add' ? JSON.parse(JSON.stringify({ ...copy, [key]: value ?? null })) : value;
    const parent = path.slice(0, -1).reduce((node: Any, k) => node[k], copy);
    const last = path[path.length - 1];
    if (how === 'add' && parent[last] && typeof parent[last] == 'object' && !Array.isArray(parent[last])) {
      Object.defineProperty(parent[last], key, { value: value ?? null, enumerable: true, configurable: true, writable: true });
    } else if (value === undefined) {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else parent[last] = value;
    return copy;
  });

// ------------------------------------------------------------------ properties

test('any JSON value: an answer, never a throw; problems, when any, each with a precise path', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (input) => {
      expectAnswer(input, checkComparison(input));
    }),
    { numRuns: 2000 },
  );
});

test('near-valid comparisons (one value changed, removed or added): precise problems, and agreement with the JSON Schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schemaAccepts = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const crossFieldRule = /names no option|is already used by/;
  let invalid = 0;
  fc.assert(
    fc.property(nearValid, (input) => {
      const result = checkComparison(input);
      expectAnswer(input, result);
      if (!result.ok) invalid++;
      const onlyCrossField = !result.ok && result.problems.every((p) => crossFieldRule.test(p));
      if (!onlyCrossField) assert.equal(result.ok, schemaAccepts(input), `schema and validator disagree on ${String(JSON.stringify(input)).slice(0, 300)}`);
      if (result.ok) expectPlainOutput(result.comparison);
    }),
    { numRuns: 1500 },
  );
  assert.ok(invalid > 200, `enough invalid inputs were made (${invalid})`);
});

test('any JavaScript value (Maps, Dates, boxed values, null prototypes, bigints, typed arrays): an answer, never a throw', () => {
  const anything = fc.anything({
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 4 })),
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withObjectString: true,
  });
  fc.assert(
    fc.property(fc.oneof(anything, fc.record({ options: fc.array(anything, { maxLength: 5 }) }, { noNullPrototype: false })), (input) => {
      const result = checkComparison(input);
      assert.ok(result.ok ? typeof result.comparison == 'object' : result.problems.length > 0);
    }),
    RUNS,
  );
});

test('"__proto__", "constructor", "prototype" as own keys (JSON.parse) at any depth pollute nothing', () => {
  const before = Reflect.ownKeys(Object.prototype).map(String).sort().join();
  let parsedWithProto = 0;
  fc.assert(
    fc.property(jsonText, validComparison, (text, valid) => {
      const junk = JSON.parse(text);
      if (text.includes('"__proto__"')) parsedWithProto++;
      // The junk alone, and spread through a valid comparison: at the top, in options, verdict, contact, labels.
      const mixed = JSON.parse(
        JSON.stringify(valid)
          .replace(/^\{/, () => `{"__proto__":${text},"constructor":${text},"prototype":${text},`)
          .replace(/"pros":\[/g, () => `"__proto__":${text},"pros":[`),
      );
      for (const input of [junk, mixed]) {
        const result = checkComparison(input);
        expectAnswer(input, result);
        if (result.ok) expectPlainOutput(result.comparison);
      }
      assert.equal(Reflect.ownKeys(Object.prototype).map(String).sort().join(), before, 'Object.prototype unchanged');
      assert.equal(({} as Any).polluted, undefined);
      assert.equal(({} as Any).options, undefined);
    }),
    RUNS,
  );
  assert.ok(parsedWithProto > 60, `"__proto__" keys were generated (${parsedWithProto})`);
});

test('any valid comparison is ok, without warnings, and comes back exactly as documented (every string as given)', () => {
  fc.assert(
    fc.property(validComparison, (input) => {
      const result = checkComparison(input);
      assert.ok(result.ok, `expected valid: ${result.ok ? '' : result.problems.join('; ')}`);
      assert.deepEqual(result.warnings, []);
      assert.deepEqual(result.comparison, documented(input));
      expectPlainOutput(result.comparison);
    }),
    { numRuns: 1000 },
  );
});

// ------------------------------------------------------------------ huge and deep (timed)

const option = (name: string, pros: number, text = 'A pro of the usual length, one sentence long') => ({
  name,
  pros: Array.from({ length: pros }, (_, i) => `${text} ${i}`),
  cons: Array.from({ length: pros }, (_, i) => `A con ${i}`),
  related: Array.from({ length: Math.min(pros, 1000) }, (_, i) => ({ label: `tag ${i}`, url: `https://example.com/${i}` })),
});
const MB = 1 << 20;

test('huge and deep inputs are checked in linear time (timings in the diagnostics)', (t) => {
  const deepArrays = JSON.parse(`${'['.repeat(100000)}${']'.repeat(100000)}`);
  const deepObjects = JSON.parse(`${'{"a":'.repeat(100000)}0${'}'.repeat(100000)}`);
  const cases: [string, () => unknown, (r: CheckResult) => boolean, number][] = [
    // Past the bounds (100 pros, 100 cons, 20 tags): one problem per list, its items unread.
    ['10,000 pros, cons and related in one option', () => ({ options: [option('A', 10000), option('B', 1)] }), (r) => !r.ok && r.problems.length === 3, 1000],
    ['4 options x 10,000 pros, cons and related', () => ({ options: ['A', 'B', 'C', 'D'].map((n) => option(n, 10000)) }), (r) => !r.ok && r.problems.length === 12, 3000],
    ['100 pros and cons and 20 tags in each of 4 options: the most the card takes', () => ({ options: ['A', 'B', 'C', 'D'].map((n) => ({ ...option(n, 100), related: option(n, 20).related })) }), (r) => r.ok, 500],
    ['a 1 MB title', () => ({ title: 'x'.repeat(MB), options: [option('A', 1), option('B', 1)] }), (r) => r.ok, 500],
    ['a 1 MB name (its id is derived from it)', () => ({ options: [{ ...option('A', 1), name: 'Word '.repeat(MB / 5) }, option('B', 1)] }), (r) => r.ok, 3000],
    ['a 1 MB url', () => ({ options: [{ ...option('A', 1), url: `https://example.com/${'a'.repeat(MB)}` }, option('B', 1)] }), (r) => r.ok, 1000],
    ['100,000-deep arrays in an unknown field', () => ({ future: deepArrays, options: [option('A', 1), option('B', 1)] }), (r) => r.ok, 200],
    ['100,000-deep objects in an unknown field', () => ({ future: deepObjects, options: [option('A', 1), option('B', 1)] }), (r) => r.ok, 200],
    ['100,000-deep arrays as the pros', () => ({ options: [{ ...option('A', 1), pros: deepArrays }, option('B', 1)] }), (r) => !r.ok && r.problems.length === 1, 200],
    ['500,000 numbers as pros (1 MB of JSON): one problem, the items unread', () => ({ options: [{ ...option('A', 1), pros: Array(500000).fill(0) }, option('B', 1)] }), (r) => !r.ok && r.problems.length === 1, 100],
  ];
  for (const [name, make, expected, limit] of cases) {
    const input = make();
    const start = performance.now();
    const result = checkComparison(input);
    const ms = performance.now() - start;
    t.diagnostic(`${name}: ${ms.toFixed(1)} ms`);
    assert.ok(expected(result), `${name}: ${result.ok ? 'ok' : `${result.problems.length} problems`}`);
    assert.ok(ms < limit, `${name}: ${ms.toFixed(0)} ms, over ${limit} ms`);
  }
});
