// nice-pick/server's renderComparison(), read back with an HTML parser (parse5): for every
// fixture, every visible string in its place, a declarative shadow root with the card's styles,
// no script but the inline data (and the JSON-LD when asked for), hostile text kept as text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderComparison, structuredData } from '../../src/server.js';
import { checkComparison } from '../../src/check.js';
import { styles } from '../../src/styles.js';
import { markupInData } from '../hostile.js';
import { visibleStrings } from '../visible-strings.js';
import { all, attr, ownText, parse, pieces, rawText, textsByPart } from './html.js';
import { fixtures, root } from './helpers.js';

const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** Every part that shows text from the data or a fixed word (visibleStrings' keys). */
const TEXT_PARTS = [
  'label', 'title', 'intro', 'hero-mark', 'hero-name', 'hero-summary', 'option-name', 'kind', 'badge',
  'summary', 'pros-heading', 'pro', 'related-label', 'tag', 'cons-heading', 'con', 'verdict-heading',
  'verdict-text', 'bottom-line-heading', 'winner', 'reason', 'contact', 'contact-link',
];

/** Checks the whole output for `data` and returns its pieces. */
function expectCard(html: string, data: unknown, what: string) {
  const { host, template, shadow, scripts } = pieces(html);
  assert.equal(template.nodeName, 'template', `${what}: the host's first child is the shadow root`);
  assert.deepEqual(template.attrs, [{ name: 'shadowrootmode', value: 'open' }], what);
  const [style, article, ...more] = (shadow.childNodes ?? []).filter((n) => n.nodeName !== '#comment');
  assert.equal(style.nodeName, 'style', `${what}: the styles come first`);
  assert.equal(rawText(style), styles, `${what}: the element's own styles, all of them`);
  assert.equal(article.nodeName, 'article', what);
  assert.deepEqual(more, [], `${what}: nothing after the card`);
  assert.equal(scripts[0].nodeName, 'script', what);
  assert.deepEqual(scripts[0].attrs, [{ name: 'type', value: 'application/json' }], what);
  assert.deepEqual(JSON.parse(rawText(scripts[0])), data, `${what}: the inline JSON is the data as given`);
  const inCard = all(shadow).filter((n) => n.nodeName === 'script');
  assert.equal(inCard.length, 0, `${what}: no script in the card`);
  assert.deepEqual(textsByPart(shadow, TEXT_PARTS), visibleStrings(data), `${what}: every visible string, in its place`);
  return { host, shadow, scripts };
}

const scriptTags = (html: string) => html.match(/<script/gi)?.length ?? 0;

describe('renderComparison: every fixture', () => {
  for (const file of fixtures) {
    test(file, () => {
      const data = readJson(file);
      const html = renderComparison(data);
      const { host, scripts } = expectCard(html, data, file);
      assert.deepEqual(host.attrs, [{ name: 'theme', value: 'auto' }], 'theme reflects; no heading-level unless given');
      assert.equal(scripts.length, 1, 'the inline JSON only');
      assert.equal(scriptTags(html), 1, 'no other "<script" anywhere in the text');
      assert.ok(!html.includes('ld+json'), 'no structured data unless asked for');
      // Markdown keeps it as one HTML block: the start tag on a line of its own, no blank line.
      assert.equal(html.split('\n')[0], '<nice-pick theme="auto">');
      // the element re-renders over the server's markup, so Lit's hydration markers are left out
      assert.ok(!html.includes('<!--'), 'no comment: no Lit hydration marker');
      assert.doesNotMatch(html, /\n[ \t]*\n/);
    });
  }

  test('blank lines in the data\'s text go too (HTML shows them as one space anyway)', () => {
    const data = { options: [{ name: 'A', pros: ['one\n\n  two'], cons: [] }, { name: 'B', summary: 'x\r\n\r\ny', pros: [], cons: [] }] };
    const html = renderComparison(data);
    assert.doesNotMatch(html, /\n[ \t\r]*\n/);
    assert.deepEqual(JSON.parse(rawText(pieces(html).scripts[0])), data, 'the inline data keeps them');
    expectCard(html, data, 'blank lines');
  });

  test('the fixtures cover what the card can show', () => {
    const parts = new Set(fixtures.flatMap((file) => [...visibleStrings(readJson(file)).keys()]));
    assert.deepEqual([...parts].sort(), [...TEXT_PARTS].sort());
  });
});

describe('renderComparison: options', () => {
  const data = readJson('fixtures/gpu-vs-tpu.json');
  const levels = (html: string) =>
    ['title', 'option-name', 'pros-heading'].map((part) => {
      const node = all(pieces(html).shadow).find((n) => attr(n, 'part') === part)!;
      return Number(attr(node, 'aria-level'));
    });

  test('theme and heading-level are the host attributes the element would have', () => {
    const html = renderComparison(data, { theme: 'dark', headingLevel: 3 });
    const { host } = expectCard(html, data, 'dark, level 3');
    assert.deepEqual(host.attrs, [
      { name: 'theme', value: 'dark' },
      { name: 'heading-level', value: '3' },
    ]);
    assert.deepEqual(levels(html), [3, 4, 5]);
  });

  test('the heading level is clamped as the element clamps it; the attribute keeps what was given', () => {
    const cases: [number, number][] = [[1, 1], [4, 4], [0, 2], [7, 4], [-1, 1], [2.9, 2], [NaN, 2]];
    for (const [given, level] of cases) {
      const html = renderComparison(data, { headingLevel: given });
      assert.equal(levels(html)[0], level, `headingLevel ${given}`);
      assert.equal(attr(pieces(html).host, 'heading-level'), String(given));
    }
    assert.deepEqual(levels(renderComparison(data)), [2, 3, 4], 'default 2');
  });

  test('labels are the element property\'s words; the data\'s own words win', () => {
    const html = renderComparison(data, { labels: { pros: 'Pour', cons: 'Contre', wins: '{name} l’emporte' } });
    const texts = textsByPart(pieces(html).shadow, ['pros-heading', 'cons-heading']);
    assert.deepEqual(texts.get('pros-heading'), ['Pour', 'Pour']);
    assert.deepEqual(texts.get('cons-heading'), ['Contre', 'Contre']);
    const arabic = readJson('fixtures/example-arabic.json');
    const own = textsByPart(pieces(renderComparison(arabic, { labels: { pros: 'Pour' } })).shadow, ['pros-heading']);
    assert.deepEqual(own.get('pros-heading'), [arabic.labels.pros, arabic.labels.pros]);
    const noBottomLine = { ...data, verdict: { text: 'x' } };
    const winner = textsByPart(pieces(renderComparison(noBottomLine, { labels: { wins: '{name} l’emporte' } })).shadow, ['winner']);
    assert.deepEqual(winner.get('winner'), ['GPU Training l’emporte']);
  });

  test('an unknown theme is a TypeError', () => {
    assert.throws(() => renderComparison(data, { theme: 'blue' as 'dark' }), { name: 'TypeError', message: /theme must be "auto", "light" or "dark", not "blue"/ });
  });
});

describe('renderComparison: bad and hostile data', () => {
  test('data nested too deeply to write out (in a field the card ignores) is a clear Error', () => {
    const seed = JSON.parse(readFileSync(join(root, 'fixtures/gpu-vs-tpu.json'), 'utf8'));
    seed.future = JSON.parse(`${'['.repeat(100000)}${']'.repeat(100000)}`);
    assert.throws(() => renderComparison(seed), /^Error: renderComparison: the data cannot be written out as JSON \(.+\); drop the deeply nested fields the card does not use$/);
  });

  test('invalid data throws an Error that lists every problem', () => {
    const data = readJson('test/node/cli-fixtures/several-problems.json');
    const check = checkComparison(data);
    assert.ok(!check.ok);
    assert.throws(
      () => renderComparison(data),
      (error: Error) => {
        assert.match(error.message, /not a valid comparison/);
        for (const problem of check.problems) assert.ok(error.message.includes(problem), `lists "${problem}"`);
        return true;
      },
    );
    assert.throws(() => renderComparison(null), /expected a comparison object, got null/);
    assert.throws(() => renderComparison('{"options": []}'), /expected a comparison object, got a string/);
  });

  test('markup in the data is text: no element made from it, every string shown as given', () => {
    const data = markupInData;
    const html = renderComparison(data, { structuredData: true });
    expectCard(html, data, 'hostile');
    const names = all(parse(html)).map((n) => n.nodeName);
    assert.ok(!names.includes('img') && !names.includes('b'), `no img or b element: ${[...new Set(names)]}`);
    assert.equal(scriptTags(html), 2, 'the inline JSON and the JSON-LD, nothing else');
    assert.equal(html.match(/<\/script/gi)?.length, 2, 'only the two closing tags');
  });

  test('</script>, <!-- and </style> in the data end nothing', () => {
    const data = readJson('test/node/cli-fixtures/script-injection.json');
    const html = renderComparison(data, { structuredData: true });
    const { scripts } = expectCard(html, data, 'script injection');
    assert.equal(scripts.length, 2);
    assert.equal(all(parse(html)).filter((n) => n.nodeName === 'script').length, 2, 'no script element injected');
    assert.equal(html.match(/<\/script/gi)?.length, 2, 'only the two closing tags');
    assert.equal(all(parse(html)).filter((n) => n.nodeName === 'style').length, 1, 'one style element');
    for (const script of scripts) assert.ok(!rawText(script).includes('<'), 'no "<" inside a script');
  });

  test('warnings (a link shown as text) go to onWarning, or console.warn by default', (t) => {
    const data = readJson('test/node/cli-fixtures/links-as-text.json');
    const seen: string[] = [];
    renderComparison(data, { onWarning: (w) => seen.push(w) });
    assert.equal(seen.length, 2);
    assert.match(seen[0], /^options\[0\]\.url: "javascript:alert\(1\)" is shown as plain text/);
    const warn = t.mock.method(console, 'warn', () => {});
    const html = renderComparison(data);
    assert.deepEqual(
      warn.mock.calls.map((call) => call.arguments[0]),
      seen.map((w) => `nice-pick: ${w}`),
    );
    const hrefs = all(parse(html)).filter((n) => n.nodeName === 'a').map((n) => attr(n, 'href'));
    assert.ok(!hrefs.some((href) => href?.startsWith('javascript:')), 'no javascript: link');
  });
});

describe('renderComparison: structured data', () => {
  const data = readJson('fixtures/example-four-options.json');

  test('off by default; with structuredData, one JSON-LD block inside the element, after the data', () => {
    const html = renderComparison(data, { structuredData: true });
    const { host, scripts } = expectCard(html, data, 'structured data');
    assert.equal(attr(host, 'structured-data'), '', 'the element is told, so it adds no second block');
    assert.deepEqual(
      scripts.map((s) => attr(s, 'type')),
      ['application/json', 'application/ld+json'],
    );
    const check = checkComparison(data);
    assert.ok(check.ok);
    assert.deepEqual(JSON.parse(rawText(scripts[1])), structuredData(check.comparison));
    assert.equal(html.match(/ld\+json/g)?.length, 1, 'once per card');
  });

  test('every note is the text of a pro or con the card shows for that option', () => {
    for (const file of fixtures) {
      const fixture = readJson(file);
      const { shadow, scripts } = pieces(renderComparison(fixture, { structuredData: true }));
      const ld = JSON.parse(rawText(scripts[1]));
      const columns = all(shadow).filter((n) => attr(n, 'part')?.split(' ').includes('option'));
      for (const product of ld['@graph']) {
        const column = columns.find((c) => ownText(all(c).find((n) => attr(n, 'part') === 'option-name')!) === product.name);
        assert.ok(column, `${file}: ${product.name} is a column of the card`);
        const shown = textsByPart(column, ['pro', 'con']);
        const notes = (list?: { itemListElement: { name: string }[] }) => list?.itemListElement.map((item) => item.name);
        assert.deepEqual(notes(product.review.positiveNotes), shown.get('pro'), `${file}: ${product.name} pros`);
        assert.deepEqual(notes(product.review.negativeNotes), shown.get('con'), `${file}: ${product.name} cons`);
      }
    }
  });

  test('with an author, and with no option that has two statements', () => {
    const author = { name: 'Example Reviews', type: 'Organization' as const, url: 'https://example.com/about' };
    const { scripts } = pieces(renderComparison(data, { structuredData: { author } }));
    const ld = JSON.parse(rawText(scripts[1]));
    for (const product of ld['@graph']) {
      assert.deepEqual(product.review.author, { '@type': 'Organization', name: author.name, url: author.url });
    }
    const thin = { options: [{ name: 'A', pros: ['Fast'], cons: [] }, { name: 'B', pros: [], cons: ['Slow'] }] };
    const html = renderComparison(thin, { structuredData: true });
    const { host, scripts: only } = expectCard(html, thin, 'thin');
    assert.equal(attr(host, 'structured-data'), '');
    assert.equal(only.length, 1, 'no JSON-LD when no option qualifies');
  });
});
