// examples/: the sample comparisons a newcomer sees first (the studio's templates, the demo, the
// README's picture and example). Each is a valid comparison with no warnings, and a card's fixed
// words written into an example in another language are the translations' words, not a copy that
// drifts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { checkComparison } from '../../src/check.js';
import { labelsFor } from '../../src/translations.js';

const dir = new URL('../../examples/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

test('there are examples: two options with a pick, three options, a tie, right to left', () => {
  const all = files.map(read);
  assert.ok(all.some((c) => c.options.length === 2 && c.pick), 'two options with a pick');
  assert.ok(all.some((c) => c.options.length === 3), 'three options');
  assert.ok(all.some((c) => c.pick === null), 'a tie');
  assert.ok(all.some((c) => c.dir === 'rtl'), 'right to left');
});

for (const name of files) {
  test(`${name} is a valid comparison with no warnings`, () => {
    const result = checkComparison(read(name));
    assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
    assert.deepEqual(result.warnings, []);
  });

  // Without labels, the card's words come from the page (the labels property, a plugin's lang).
  if (read(name).labels) test(`${name}: its labels are the translations' words for its lang`, () => {
    const { lang, labels } = read(name);
    const words = labelsFor(lang);
    assert.ok(words, `no translation for ${lang}`);
    for (const [key, value] of Object.entries(labels)) assert.equal(value, (words as Record<string, string>)[key], `${name} labels.${key}`);
  });
}
