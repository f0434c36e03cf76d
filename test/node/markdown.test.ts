// nice-pick/markdown, the core of the Markdown plugins, on its own: what renderBlock returns for a
// block (renderComparison's card, or the element with its JSON), the one build error, the info
// string and the options. The plugins' own suite (packages/test-support.ts, `npm run
// test:packages`) runs it through real unified, MDX and markdown-it pipelines.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { NicePickBlockError, checkOptions, parseMeta, renderBlock } from '../../src/markdown.js';
import { renderComparison } from '../../src/server.js';
import { readComparisonText } from '../../src/text.js';
import { labelsFor } from '../../src/translations.js';
import { fixtures, root } from './helpers.js';

const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('renderBlock', () => {
  test('a block in YAML or JSON is the card renderComparison makes of its data, one level below the heading before it', () => {
    for (const file of fixtures) {
      const data = readJson(file);
      if (data.lang) continue; // its words are added to its labels: the next test
      const card = renderComparison(data, { headingLevel: 3, onWarning: () => {} });
      assert.equal(renderBlock({ text: toYaml(data), headingBefore: 2 }, { onWarning: () => {} }), card, `${file} in YAML`);
      assert.equal(renderBlock({ text: JSON.stringify(data, null, 2), headingBefore: 2 }, { onWarning: () => {} }), card, `${file} in JSON`);
    }
  });

  test("a block's lang fills in the words its labels leave out, in the inline JSON too (the element has no translations)", () => {
    const data = readJson('fixtures/example-arabic.json');
    const html = renderBlock({ text: toYaml(data) });
    const inline = JSON.parse(html.slice(html.indexOf('<script type="application/json">') + '<script type="application/json">'.length, html.lastIndexOf('</script>')));
    assert.deepEqual(inline.labels, { ...data.labels, wins: labelsFor('ar')!.wins, disagree: labelsFor('ar')!.disagree });
    assert.equal(html, renderComparison(inline));
  });

  test("output 'client': the element and its inline JSON, no shadow root", () => {
    const data = readJson('fixtures/gpu-vs-tpu.json');
    const html = renderBlock({ text: JSON.stringify(data) }, { output: 'client', theme: 'dark' });
    assert.match(html, /^<nice-pick theme="dark"><script type="application\/json">\{.*\}<\/script><\/nice-pick>$/s);
    assert.deepEqual(JSON.parse(html.slice(html.indexOf('{'), html.lastIndexOf('}') + 1)), data);
  });

  test('an invalid block throws one NicePickBlockError: the file, the fence line, every problem', () => {
    assert.throws(
      () => renderBlock({ text: 'options: [1]\npick: 2', file: join(root, 'docs/a.md'), line: 7 }),
      (error: NicePickBlockError) => {
        assert.ok(error instanceof NicePickBlockError);
        assert.equal(
          error.message,
          'docs/a.md:7: nice-pick block: not a valid comparison:\n' +
            '  options: expected 2 to 4 options, got 1\n' +
            '  options[0]: expected an option object, got a number\n' +
            '  pick: expected a string, got a number',
        );
        assert.deepEqual([error.line, error.reason, error.problems.length], [7, 'not a valid comparison:', 3]);
        return true;
      },
    );
  });
});

test('parseMeta reads src="…", src=\'…\' and src=…; anything else is a plain-word error', () => {
  assert.deepEqual(parseMeta(''), {});
  assert.deepEqual(parseMeta(' src="a b.json" '), { src: 'a b.json' });
  assert.deepEqual(parseMeta("src='x.yaml'"), { src: 'x.yaml' });
  assert.deepEqual(parseMeta('src=x.yml'), { src: 'x.yml' });
  assert.throws(() => parseMeta('title="x"'), /unknown attribute title in the info string \(a block takes src\)/);
  assert.throws(() => parseMeta('{1,3}'), /cannot read the info string "\{1,3\}"/);
});

test('checkOptions fills in the defaults and names a wrong option', () => {
  const checked = checkOptions({});
  assert.deepEqual([checked.output, checked.onInvalid, checked.structuredData, checked.root], ['static', 'fail', false, process.cwd()]);
  assert.throws(() => checkOptions({ headingLevel: 0 }), /the option headingLevel takes 1, 2, 3 or 4, not 0/);
  assert.throws(() => checkOptions({ lang: 'zh-TW' }), /the option lang takes a language with translations/);
});

test('readComparisonText: JSON by its first {, else YAML 1.2 core schema; bounded', () => {
  assert.deepEqual(readComparisonText('\uFEFF {"a": 1}'), { ok: true, value: { a: 1 } });
  assert.deepEqual(readComparisonText('a: no\nb: 2024-01-01\nc: 0x10'), { ok: true, value: { a: 'no', b: '2024-01-01', c: 16 } });
  assert.deepEqual(readComparisonText('a: 1\n---\na: 2'), {
    ok: false,
    message: 'not valid YAML: one comparison per block or file, but a second document starts (---)',
    line: 2,
    column: 1,
  });
  assert.match((readComparisonText('{"a": [1,]}') as { message: string }).message, /^not valid JSON: A comma after the last item of a list: remove it$/);
  assert.equal((readComparisonText(`a: ${'['.repeat(101)}${']'.repeat(101)}`) as { message: string }).message, 'nested deeper than 100 levels of objects and arrays');
});
