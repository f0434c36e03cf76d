// nice-pick/translations in a card: each language's words, given through the element's `labels`
// property, are the words a reader finds in the card (the bottom line with the pick's name in
// it), and an Arabic comparison reads right to left.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { Comparison, NicePick } from '../src/index.js';
import { languages, translations } from '../src/translations.js';
import { loadFixture } from './fixtures.js';
import { norm, ownText, part, text } from './support/helpers.js';

/** gpu-vs-tpu in `lang`, with a contact line and no bottom line of its own, so every fixed word shows. */
async function everyWord(lang: string, dir: 'ltr' | 'rtl'): Promise<Comparison> {
  const json = await loadFixture('gpu-vs-tpu.json');
  json.contact = { email: 'nice@nicepick.dev' };
  delete json.verdict.bottomLine;
  json.lang = lang;
  json.dir = dir;
  return json;
}

async function mount(tag: string, setup: (el: NicePick) => void): Promise<NicePick> {
  const el = document.createElement('nice-pick');
  el.labels = translations[tag];
  setup(el);
  await fixture(html`<div style="width:900px">${el}</div>`);
  await el.updateComplete;
  return el;
}

describe('translations: each language\'s words in a card', () => {
  for (const { tag, name, dir } of languages) {
    it(`${name} (${tag}): every word as the reader sees it`, async () => {
      const words = translations[tag];
      const data = await everyWord(tag, dir);
      const el = await mount(tag, (card) => (card.data = data));
      const pick = data.options.find((o) => o.id === data.pick)!.name;
      expect({
        pick: ownText(part(el, 'hero-mark')!),
        badge: text(part(el, 'badge')),
        pros: text(part(el, 'pros-heading')),
        cons: text(part(el, 'cons-heading')),
        relatedTo: text(part(el, 'related-label')),
        verdict: text(part(el, 'verdict-heading')),
        bottomLine: ownText(part(el, 'bottom-line-heading')!),
        winner: text(part(el, 'winner')),
        contact: text(part(el, 'contact')),
      }).to.deep.equal({
        pick: norm(words.pick),
        badge: norm(words.pick),
        pros: norm(words.pros),
        cons: norm(words.cons),
        relatedTo: norm(words.relatedTo),
        verdict: norm(words.verdict),
        bottomLine: norm(words.bottomLine),
        winner: norm(words.wins.replace('{name}', () => pick)),
        contact: norm(`${words.disagree} nice@nicepick.dev`),
      });
      // the text above folds white space; the card keeps each word's own characters (French
      // U+202F before ":" and "?", which a folded comparison could not tell from a space)
      const article = part(el, 'card')!;
      const shown = article.textContent!;
      const { wins, loading, error, retry, ...printed } = words;
      for (const word of [...Object.values(printed), wins.replace('{name}', () => pick)]) {
        expect(shown, JSON.stringify(word)).to.contain(word);
      }
      expect([article.lang, article.dir]).to.deep.equal([tag, dir]);
      expect(getComputedStyle(article).direction).to.equal(dir);
    });

    it(`${name} (${tag}): the loading, error and "Try again" words`, async () => {
      const words = translations[tag];
      const loading = await mount(tag, (card) => (card.src = '/__test__/json?file=gpu-vs-tpu.json&delay=2000'));
      expect(loading.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(words.loading);
      loading.remove();

      const warn = console.warn;
      console.warn = () => {}; // the error state warns by design
      try {
        const el = document.createElement('nice-pick');
        const failed = oneEvent(el, 'error');
        el.labels = words;
        el.src = `/__test__/status/503?lang=${tag}`;
        await fixture(html`<div>${el}</div>`);
        await failed;
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector('[role=alert]')!;
        expect(alert.querySelector('strong')!.textContent).to.contain(words.error);
        expect(norm(part(el, 'retry')!.textContent)).to.equal(norm(words.retry));
        expect(part(el, 'retry')!.textContent).to.contain(words.retry);
      } finally {
        console.warn = warn;
      }
    });
  }
});
