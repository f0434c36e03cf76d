// src/json-help.ts (the studio's source pane and nice-pick/markdown use it): each usual mistake in
// plain words at the line and column to fix, and the path locator: every kind of validator path
// found on the right line of a multi-line document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkComparison } from '../../src/check.js';
import { describePath, explainJson, lineColumn, locatePath, splitProblem } from '../../src/json-help.js';

/** The error for `text`: line, column and message. */
const error = (text: string) => {
  const result = explainJson(text);
  assert.equal(result.ok, false, `expected an error for ${text}`);
  if (result.ok) throw new Error('unreachable');
  return { line: result.line, column: result.column, message: result.message };
};

const mistakes: [string, string, number, number, RegExp][] = [
  ['a trailing comma in a list', '{\n  "pros": [\n    "fast",\n    "small",\n  ]\n}', 4, 12, /^A comma after the last item of a list: remove it$/],
  ['a trailing comma in an object', '{\n  "title": "A vs B",\n}', 2, 20, /^A comma after the last entry of an object: remove it$/],
  ['curly double quotes', '{\n  “title”: "A"\n}', 2, 3, /^Curly quotes: JSON needs straight double quotes \("\)/],
  ['curly single quotes as a value', '{"title": ‘A’}', 1, 11, /^Curly quotes: JSON needs straight double quotes/],
  ['a missing comma between items', '{\n  "pros": [\n    "fast"\n    "small"\n  ]\n}', 3, 11, /^A missing comma between two items: add a comma here$/],
  ['a missing comma between entries', '{\n  "title": "A vs B"\n  "pick": "a"\n}', 2, 20, /^A missing comma between two entries: add a comma here$/],
  ['a missing closing quote', '{\n  "title": "A vs B,\n  "pick": "a"\n}', 2, 20, /^A text with no closing quote: add " where it ends$/],
  ['an unescaped quote inside a string', '{\n  "title": "The "best" pick"\n}', 2, 17, /^A quote inside a text ends it early: write it \\"/],
  ['single quotes', "{\n  'title': 'A'\n}", 2, 3, /^Single quotes: JSON needs double quotes \("\)/],
  ['a line comment', '{\n  // the title\n  "title": "A"\n}', 2, 3, /^A comment: JSON has no comments, remove it$/],
  ['a block comment after a value', '{\n  "title": "A" /* x */\n}', 2, 16, /^A comment: JSON has no comments, remove it$/],
  ['an unclosed brace', '{\n  "title": "A",\n  "pros": ["x"]\n', 1, 1, /^This \{ is never closed: add \} where the object ends$/],
  ['an unclosed bracket', '{\n  "pros": ["x", "y"\n}', 2, 11, /^This \[ is never closed: add \] where the list ends$/],
  ['an unclosed bracket at the end', '[1, 2', 1, 1, /^This \[ is never closed: add \] where the list ends$/],
  ['a name without quotes', '{\n  title: "A"\n}', 2, 3, /^A name without quotes: write "title" in double quotes$/],
  ['empty text', '  ', 1, 1, /^Empty: a comparison starts with \{/],
  ['text after the end', '{}\n}', 2, 1, /^Text after the end/],
];

for (const [name, text, line, column, message] of mistakes) {
  test(`syntax: ${name} → line ${line}, column ${column}`, () => {
    const found = error(text);
    assert.match(found.message, message);
    assert.deepEqual([found.line, found.column], [line, column], found.message);
  });
}

test('valid JSON gives JSON.parse\'s value, for any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const result = explainJson(text);
      assert.ok(result.ok, JSON.stringify(result));
      assert.deepEqual(result.value, JSON.parse(text));
    }),
  );
});

test('lineColumn counts \\n, \\r\\n and \\r line breaks, 1-based', () => {
  assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
  assert.deepEqual(lineColumn('ab\r\ncd', 5), { line: 2, column: 2 });
  assert.deepEqual(lineColumn('ab\rcd', 3), { line: 2, column: 1 });
});

const doc = `{
  "title": 7,
  "options": [
    {
      "name": "Tabs",
      "pros": ["one key", 3],
      "cons": [],
      "related": [{ "label": "", "url": "javascript:x" }]
    },
    {
      "pros": [],
      "cons": "none"
    }
  ],
  "pick": "nobody",
  "verdict": { "text": ["fine", false], "bottomLine": 1 },
  "contact": { "email": 5 },
  "labels": { "pros": 2 },
  "dir": "up"
}`;

test('every validator problem of a multi-line document is located on its line', () => {
  const result = explainJson(doc);
  assert.ok(result.ok);
  const checked = checkComparison(result.value);
  assert.ok(!checked.ok);
  const lineOf = (path: string) => lineColumn(doc, locatePath(result.tree, path).from).line;
  const expected: Record<string, number> = {
    title: 2,
    'options[0].pros[1]': 6,
    'options[0].related[0].label': 8,
    'options[1].name': 10, // missing: the option's own {
    'options[1].cons': 12,
    pick: 15,
    'verdict.text[1]': 16,
    'verdict.bottomLine': 16,
    'contact.email': 17,
    'labels.pros': 18,
    dir: 19,
  };
  const paths = checked.problems.map((p) => splitProblem(p).path);
  for (const [path, line] of Object.entries(expected)) {
    assert.ok(paths.includes(path), `the validator reports ${path} (got ${paths.join(', ')})`);
    assert.equal(lineOf(path), line, path);
  }
  for (const path of paths) assert.ok(path in expected, `a line is expected for ${path}`);
  // the exact value, and the nearest parent for a missing one
  assert.equal(doc.slice(locatePath(result.tree, 'options[0].pros[1]').from, locatePath(result.tree, 'options[0].pros[1]').to), '3');
  assert.deepEqual({ ...locatePath(result.tree, 'options[1].name'), from: 0, to: 0 }, { from: 0, to: 0, exact: false });
  assert.equal(lineOf('pick'), 15);
  assert.equal(lineOf(''), 1);
  assert.equal(lineOf('options[7].pros[0]'), 3, 'a missing option: the options list');
});

test('a problem splits into its path and message; a path reads as words', () => {
  assert.deepEqual(splitProblem('options[1].pros[0]: expected a string, got 3'), { path: 'options[1].pros[0]', message: 'expected a string, got 3' });
  assert.deepEqual(splitProblem('expected a comparison object, got an array'), { path: '', message: 'expected a comparison object, got an array' });
  assert.equal(splitProblem('$schema: expected a string, got 1').path, '$schema');
  assert.equal(describePath('options[1].pros[0]'), 'Option 2 › Pros › item 1');
  assert.equal(describePath('verdict.text[0]'), 'Verdict › Text › item 1');
  assert.equal(describePath('pick'), 'Pick');
});
