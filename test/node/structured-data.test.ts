// structuredData(): the JSON-LD shape Google's pros and cons read, for every fixture, checked
// against the fixture's JSON (not the code's own idea of it): types, positions, texts word for
// word and in order, and no product for an option with fewer than two statements.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structuredData } from '../../src/structured-data.js';
import { checkComparison } from '../../src/check.js';
import type { CheckedComparison } from '../../src/comparison.js';
import { fixtures, root } from './helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const checked = (data: unknown): CheckedComparison => {
  const result = checkComparison(data);
  assert.ok(result.ok, 'valid data');
  return result.comparison;
};

/** An ItemList of ListItems, 1-based positions, the texts as given. */
function expectNotes(list: Json, texts: string[], what: string) {
  if (!texts.length) return assert.equal(list, undefined, `${what}: none, so no list`);
  assert.deepEqual(Object.keys(list).sort(), ['@type', 'itemListElement'], what);
  assert.equal(list['@type'], 'ItemList', what);
  assert.deepEqual(
    list.itemListElement,
    texts.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
    what,
  );
}

/** The JSON-LD for `data` is right by the rules, computed from the JSON itself. */
function expectShape(ld: Json, data: Json, what: string, author?: Json) {
  const eligible = data.options.filter((o: Json) => o.pros.length + o.cons.length >= 2);
  if (!eligible.length) return assert.equal(ld, undefined, `${what}: nothing to mark up`);
  assert.deepEqual(Object.keys(ld).sort(), ['@context', '@graph'], what);
  assert.equal(ld['@context'], 'https://schema.org', what);
  assert.equal(ld['@graph'].length, eligible.length, `${what}: one Product per option with 2+ statements`);
  eligible.forEach((o: Json, i: number) => {
    const product = ld['@graph'][i];
    const at = `${what}: ${o.name}`;
    assert.equal(product['@type'], 'Product', at);
    assert.equal(product.name, o.name, at);
    if (/^https?:\/\//.test(o.url ?? '')) assert.equal(product.url, new URL(o.url).href, `${at}: its link`);
    else assert.equal(product.url, undefined, `${at}: no url`);
    assert.deepEqual(Object.keys(product).filter((k) => !['@type', 'name', 'url', 'review'].includes(k)), [], at);
    const review = product.review;
    assert.equal(review['@type'], 'Review', at);
    assert.deepEqual(review.author, author, `${at}: author`);
    expectNotes(review.positiveNotes, o.pros, `${at}: positiveNotes`);
    expectNotes(review.negativeNotes, o.cons, `${at}: negativeNotes`);
  });
}

describe('structuredData: every fixture', () => {
  for (const file of fixtures) {
    test(file, () => {
      const data = JSON.parse(readFileSync(join(root, file), 'utf8'));
      const ld = structuredData(checked(data));
      assert.ok(ld, 'every fixture has options with two statements');
      expectShape(ld, data, file);
      // JSON-LD is JSON: nothing is lost in the round trip.
      assert.deepEqual(JSON.parse(JSON.stringify(ld)), ld);
    });
  }
});

describe('structuredData: the rules', () => {
  const option = (name: string, pros: string[], cons: string[], url?: string) => ({ name, pros, cons, ...(url && { url }) });

  test('an option with fewer than two statements is left out; none left: undefined', () => {
    const data = {
      options: [option('One pro', ['Fast'], []), option('Two cons', [], ['Slow', 'Loud']), option('Nothing', [], []), option('Both', ['Cheap'], ['Ugly'])],
    };
    const ld: Json = structuredData(checked(data));
    expectShape(ld, data, 'mixed');
    assert.deepEqual(
      ld['@graph'].map((p: Json) => p.name),
      ['Two cons', 'Both'],
    );
    assert.equal(structuredData(checked({ options: [option('A', ['x'], []), option('B', [], ['y'])] })), undefined);
  });

  test('blank statements (shown as empty items) neither count nor appear', () => {
    const data = { options: [option('A', ['', 'Fast'], ['  ']), option('B', ['Cheap', 'Small'], [''])] };
    const ld: Json = structuredData(checked(data));
    assert.deepEqual(
      ld['@graph'].map((p: Json) => p.name),
      ['B'],
    );
    expectNotes(ld['@graph'][0].review.positiveNotes, ['Cheap', 'Small'], 'B');
    assert.equal(ld['@graph'][0].review.negativeNotes, undefined);
  });

  test('only a link the card shows: http(s), never javascript:', () => {
    const data = { options: [option('A', ['a', 'b'], [], 'javascript:alert(1)'), option('B', ['a', 'b'], [], 'https://example.com/b')] };
    const ld: Json = structuredData(checked(data));
    assert.equal(ld['@graph'][0].url, undefined);
    assert.equal(ld['@graph'][1].url, 'https://example.com/b');
  });

  test('the author option: a Person by default, or an Organization, on every review', () => {
    const data = JSON.parse(readFileSync(join(root, 'fixtures/gpu-vs-tpu.json'), 'utf8'));
    expectShape(structuredData(checked(data), { author: { name: 'Ada Lovelace' } }), data, 'person', { '@type': 'Person', name: 'Ada Lovelace' });
    const team = { name: 'Example Reviews', type: 'Organization' as const, url: 'https://example.com/' };
    expectShape(structuredData(checked(data), { author: team }), data, 'team', { '@type': 'Organization', name: team.name, url: team.url });
    assert.throws(() => structuredData(checked(data), { author: { name: ' ' } }), { name: 'TypeError', message: /author\.name/ });
    assert.throws(() => structuredData(checked(data), { author: { name: 'X', type: 'Bot' as 'Person' } }), { name: 'TypeError', message: /author\.type/ });
  });
});
