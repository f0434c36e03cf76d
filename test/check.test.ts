// The validator's messages are what an author reads to fix a file: test them word for word,
// in every engine (URL parsing and Unicode regexes are the engines' own).
import { expect } from '@open-wc/testing';
import { checkComparison, type CheckResult } from '../src/index.js';

const option = (name: string, extra: object = {}) => ({ name, pros: ['a pro'], cons: ['a con'], ...extra });
const valid = { options: [option('GPU Training'), option('TPU Training')] };

const problemsOf = (input: unknown): string[] => {
  const result = checkComparison(input);
  expect(result.ok, 'expected the input to be invalid').to.equal(false);
  return (result as Extract<CheckResult, { ok: false }>).problems;
};
const comparisonOf = (input: unknown) => {
  const result = checkComparison(input);
  if (!result.ok) throw new Error(`expected valid, got: ${result.problems.join('; ')}`);
  return result;
};

describe('checkComparison: problems, with their paths', () => {
  it('names the path and the types: a number among the pros', () => {
    const input = { options: [option('A'), option('B', { pros: ['fine', 42] })] };
    expect(problemsOf(input)).to.deep.equal(['options[1].pros[1]: expected a string, got a number']);
  });

  it('counts the options', () => {
    expect(problemsOf({ options: [option('A')] })).to.deep.equal(['options: expected 2 to 4 options, got 1']);
    expect(problemsOf({ options: ['A', 'B', 'C', 'D', 'E'].map((n) => option(n)) })).to.deep.equal([
      'options: expected 2 to 4 options, got 5',
    ]);
    expect(problemsOf({})).to.deep.equal(['options: expected an array of 2 to 4 options, got nothing']);
    expect(problemsOf({ options: {} })).to.deep.equal(['options: expected an array of 2 to 4 options, got an object']);
  });

  it('says when the pick names no option, and which ids there are', () => {
    expect(problemsOf({ ...valid, pick: 'gpu' })).to.deep.equal([
      'pick: "gpu" names no option; the option ids are "gpu-training", "tpu-training"',
    ]);
    expect(problemsOf({ ...valid, pick: 3 })).to.deep.equal(['pick: expected a string, got a number']);
  });

  it('rejects duplicate ids, given or derived from the names', () => {
    expect(problemsOf({ options: [option('A', { id: 'x' }), option('B', { id: 'x' })] })).to.deep.equal([
      'options[1].id: the id "x" is already used by options[0]; give each option its own "id"',
    ]);
    expect(problemsOf({ options: [option('Same Name'), option('same-name!')] })).to.deep.equal([
      'options[1]: the id "same-name" is already used by options[0]; give each option its own "id"',
    ]);
  });

  it('reports every problem at once, in document order', () => {
    const input = {
      title: 7,
      dir: 'up',
      options: [{ name: '', pros: 'many', cons: [] }, null],
      verdict: { text: [1], bottomLine: false },
      contact: 'me',
      labels: { pros: ['Pros'] },
    };
    expect(problemsOf(input)).to.deep.equal([
      'title: expected a string, got a number',
      'dir: expected "ltr", "rtl" or "auto", got a string',
      'options[0].name: expected a non-empty string, got a string',
      'options[0].pros: expected an array of strings, got a string',
      'options[1]: expected an option object, got null',
      'verdict.text[0]: expected a string, got a number',
      'verdict.bottomLine: expected a string, got a boolean',
      'contact: expected an object, got a string',
      'labels.pros: expected a string, got an array',
    ]);
  });

  it('says what the whole input is when it is not a comparison at all', () => {
    expect(problemsOf(null)).to.deep.equal(['expected a comparison object, got null']);
    expect(problemsOf([valid])).to.deep.equal(['expected a comparison object, got an array']);
    expect(problemsOf('{"options": []}')).to.deep.equal(['expected a comparison object, got a string']);
    expect(problemsOf(undefined)).to.deep.equal(['expected a comparison object, got nothing']);
  });

  it('checks related tags and their labels', () => {
    const input = { options: [option('A', { related: ['ok', { url: 'https://x.test' }, 5] }), option('B', { related: 'x' })] };
    expect(problemsOf(input)).to.deep.equal([
      'options[0].related[1].label: expected a non-empty string, got nothing',
      'options[0].related[2]: expected a string or a {"label", "url"} object, got a number',
      'options[1].related: expected an array, got a string',
    ]);
  });
});

describe('checkComparison: bounds that keep the page responsive', () => {
  it('at most 100 pros and 100 cons, 20 related tags and 20 verdict paragraphs; longer lists are one problem each', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `item ${i}`);
    expect(problemsOf({ options: [option('A', { pros: long(101), cons: long(10_000) }), option('B', { related: long(21) })], verdict: { text: long(21) } })).to.deep.equal([
      'options[0].pros: expected at most 100 items, got 101',
      'options[0].cons: expected at most 100 items, got 10000',
      'options[1].related: expected at most 20 items, got 21',
      'verdict.text: expected at most 20 items, got 21',
    ]);
    const { comparison } = comparisonOf({ options: [option('A', { pros: long(100), related: long(20) }), option('B')], verdict: { text: long(20) } });
    expect([comparison.options[0].pros.length, comparison.options[0].related.length, comparison.verdict!.text.length]).to.deep.equal([100, 20, 20]);
  });
});

describe('checkComparison: the comparison as the card shows it', () => {
  it('fills in ids, the title, the labels and the verdict paragraphs', () => {
    const { comparison } = comparisonOf({
      ...valid,
      pick: 'gpu-training',
      verdict: { text: 'One paragraph.' },
      labels: { pros: 'Für' },
    });
    expect(comparison.options.map((o) => o.id)).to.deep.equal(['gpu-training', 'tpu-training']);
    expect(comparison.title).to.equal('GPU Training vs TPU Training');
    expect(comparison.verdict?.text).to.deep.equal(['One paragraph.']);
    // Only the data's own labels: the card fills in the rest (the element's `labels`, then English).
    expect(comparison.labels).to.deep.equal({ pros: 'Für' });
    expect(comparisonOf(valid).comparison.labels).to.deep.equal({});
    expect(comparison.pick).to.equal('gpu-training');
  });

  it('derives ids from names in any script, trimmed of separators', () => {
    const { comparison } = comparisonOf({ options: [option('  C++ / Rust! '), option('علامات الجدولة')] });
    expect(comparison.options.map((o) => o.id)).to.deep.equal(['c-rust', 'علامات-الجدولة']);
  });

  it('ignores unknown fields and drops them from what it returns', () => {
    const { comparison } = comparisonOf({
      $schema: './schema.json',
      future: { anything: true },
      options: [option('A', { colour: 'red' }), option('B')],
    });
    expect(comparison).not.to.have.property('future');
    expect(comparison).not.to.have.property('$schema');
    expect(comparison.options[0]).not.to.have.property('colour');
  });

  it('treats a null pick as no pick', () => {
    expect(comparisonOf({ ...valid, pick: null }).comparison.pick).to.equal(null);
    expect(comparisonOf(valid).comparison.pick).to.equal(null);
  });

  it('keeps http(s) and mailto links, resolving relative ones against the page', () => {
    const { comparison, warnings } = comparisonOf({
      options: [
        option('A', { url: 'https://example.com/a', related: [{ label: 'docs', url: '/docs/a' }] }),
        option('B'),
      ],
      contact: { email: 'nice@nicepick.dev', url: 'http://example.com/feedback' },
    });
    expect(warnings).to.deep.equal([]);
    expect(comparison.options[0].url).to.equal('https://example.com/a');
    expect(comparison.options[0].related[0].url).to.equal(new URL('/docs/a', document.baseURI).href);
    expect(comparison.contact).to.deep.equal({
      links: [
        { label: 'nice@nicepick.dev', url: 'mailto:nice@nicepick.dev' },
        { label: 'http://example.com/feedback', url: 'http://example.com/feedback' },
      ],
    });
  });

  it('drops every other scheme, keeps the text, and warns with the path', () => {
    const hostile = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\x01javascript:x', 'data:text/html,<b>x</b>', 'VBScript:x', 'ftp://example.com/'];
    const { comparison, warnings } = comparisonOf({
      options: [option('A', { url: hostile[0], related: hostile.slice(1).map((url, i) => ({ label: `t${i}`, url })) }), option('B')],
      contact: { url: 'javascript:void 0' },
    });
    expect(comparison.options[0]).not.to.have.property('url');
    expect(comparison.options[0].related.map((tag) => tag.label)).to.deep.equal(['t0', 't1', 't2', 't3', 't4', 't5']);
    expect(comparison.options[0].related.every((tag) => !('url' in tag))).to.equal(true);
    expect(comparison.contact?.links).to.deep.equal([{ label: 'javascript:void 0' }]);
    expect(warnings).to.have.length(8);
    expect(warnings.map((warning) => warning.split(':')[0])).to.deep.equal([
      ...hostile.slice(1).map((_, i) => `options[0].related[${i}].url`),
      'options[0].url',
      'contact.url',
    ]);
    expect(warnings[6]).to.equal('options[0].url: "javascript:alert(1)" is shown as plain text: only http: and https: links are allowed');
  });
});
