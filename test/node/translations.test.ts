// nice-pick/translations: the card's fixed words in other languages, one source for the studio,
// the Markdown plugins and apps. Every language is complete, its words are clean text, and
// labelsFor finds a language from the tags pages and comparisons carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultLabels } from '../../src/comparison.js';
import { labelsFor, languages, translations } from '../../src/translations.js';

const KEYS = Object.keys(defaultLabels).sort();
const TAGS = Object.keys(translations);

test('at least twelve languages, the ones the studio offers among them', () => {
  assert.ok(TAGS.length >= 12, `${TAGS.length} languages`);
  for (const tag of ['en', 'fr', 'de', 'es', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'zh-Hans', 'ko', 'ar', 'tr', 'ru', 'uk', 'sv']) {
    assert.ok(TAGS.includes(tag), tag);
  }
});

test('English is the element\'s own words, exactly', () => {
  assert.deepEqual(translations.en, defaultLabels);
});

test('every language has every word, non-empty, without spaces around it, and no other key', () => {
  for (const [tag, words] of Object.entries(translations)) {
    assert.deepEqual(Object.keys(words).sort(), KEYS, tag);
    for (const [key, word] of Object.entries(words)) {
      assert.equal(typeof word, 'string', `${tag}.${key}`);
      assert.ok(word.length > 0, `${tag}.${key} is empty`);
      assert.equal(word, word.trim(), `${tag}.${key} has a space at an end`);
      assert.doesNotMatch(word, /\s{2}|[\n\t]/, `${tag}.${key}: one space at a time`);
      assert.doesNotMatch(word, /\.\.\.|[<>]/, `${tag}.${key}: an ellipsis is "…", and words are text`);
    }
  }
});

test('`wins` keeps the {name} placeholder once; no other word has one', () => {
  for (const [tag, words] of Object.entries(translations)) {
    assert.equal(words.wins.split('{name}').length - 1, 1, `${tag}.wins: ${words.wins}`);
    for (const [key, word] of Object.entries(words)) {
      if (key !== 'wins') assert.ok(!/[{}]/.test(word), `${tag}.${key}`);
    }
  }
});

test('the words that end with a colon, a question mark or an ellipsis keep it, in the language\'s own form', () => {
  for (const [tag, words] of Object.entries(translations)) {
    assert.match(words.relatedTo, /[:：]$/, `${tag}.relatedTo`);
    assert.match(words.disagree, /[?？؟]$/, `${tag}.disagree`);
    assert.match(words.loading, /…$/, `${tag}.loading`);
    assert.match(words.error, /[.。]$/, `${tag}.error`);
  }
  // French: a narrow no-break space before ":" and "?"
  assert.match(translations.fr.relatedTo, /\u202f:$/);
  assert.match(translations.fr.disagree, /\u202f\?$/);
  // Spanish opens its question; Chinese and Japanese use full-width marks; Arabic its own "؟"
  assert.match(translations.es.disagree, /^¿.*\?$/);
  for (const tag of ['ja', 'zh-Hans']) {
    assert.match(translations[tag].relatedTo, /：$/, tag);
    assert.match(translations[tag].disagree, /？$/, tag);
  }
  assert.match(translations.ar.disagree, /؟$/);
});

test('Arabic keeps the words fixtures/example-arabic.json prints', () => {
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/example-arabic.json', import.meta.url), 'utf8'));
  for (const [key, word] of Object.entries(fixture.labels as Record<string, string>)) {
    assert.equal(translations.ar[key as keyof typeof defaultLabels], word, key);
  }
});

test('every tag is a valid BCP 47 tag in its canonical form', () => {
  for (const tag of TAGS) assert.deepEqual(Intl.getCanonicalLocales(tag), [tag]);
});

test('languages names every translation once, in its own language, with its direction', () => {
  assert.deepEqual(
    languages.map((l) => l.tag),
    TAGS,
  );
  assert.equal(new Set(languages.map((l) => l.name)).size, languages.length, 'names differ');
  for (const { tag, name, dir } of languages) {
    assert.ok(name.length > 0 && name === name.trim(), tag);
    assert.equal(dir, tag === 'ar' ? 'rtl' : 'ltr', tag);
  }
  assert.equal(languages.find((l) => l.tag === 'fr')?.name, 'Français');
});

test('labelsFor: a tag, any case, a region or script falling back to the language', () => {
  assert.deepEqual(labelsFor('fr'), translations.fr);
  assert.deepEqual(labelsFor('fr-CA'), translations.fr);
  assert.deepEqual(labelsFor('FR-ca'), translations.fr);
  assert.deepEqual(labelsFor('fr_CA'), translations.fr);
  assert.deepEqual(labelsFor('EN-us'), defaultLabels);
  assert.deepEqual(labelsFor('de-CH'), translations.de);
  assert.deepEqual(labelsFor('es-419'), translations.es);
  assert.deepEqual(labelsFor('sr-Latn-RS'), undefined);
  assert.deepEqual(labelsFor('ar-EG'), translations.ar);
  assert.deepEqual(labelsFor(' ja '), translations.ja);
});

test('labelsFor: Portuguese by region, Chinese by script', () => {
  assert.deepEqual(labelsFor('pt'), translations['pt-BR']);
  assert.deepEqual(labelsFor('pt-br'), translations['pt-BR']);
  assert.deepEqual(labelsFor('pt-PT'), translations['pt-PT']);
  assert.deepEqual(labelsFor('pt-AO'), translations['pt-PT']);
  for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'ZH-hans-cn']) assert.deepEqual(labelsFor(tag), translations['zh-Hans'], tag);
  for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant']) assert.equal(labelsFor(tag), undefined, tag);
});

test('labelsFor: an unknown language or a tag that is not one gives undefined', () => {
  for (const tag of ['xx', 'sw', 'he', '', 'not a tag', 'fr--CA', '123']) assert.equal(labelsFor(tag), undefined, JSON.stringify(tag));
});

test('labelsFor gives a copy: changing it changes no other card\'s words', () => {
  const words = labelsFor('de')!;
  words.pros = 'x';
  assert.equal(translations.de.pros, 'Vorteile');
  assert.equal(labelsFor('de')!.pros, 'Vorteile');
});
