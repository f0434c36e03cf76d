// Every fixed word of the card can be replaced: by the data's `labels` (for a comparison written
// in another language) and by the element's `labels` property (for an app that localizes in code).
// The data's own words win; the rest stay in English.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { CardLabels, Comparison, NicePick } from '../src/index.js';
import { loadFixture } from './fixtures.js';
import { imageFailed, norm } from './support/helpers.js';

const FRENCH: Required<CardLabels> = {
  pick: 'Notre choix',
  pros: 'Pour',
  cons: 'Contre',
  relatedTo: 'Voir aussi :',
  verdict: 'Le verdict',
  bottomLine: 'En bref',
  wins: '{name} l’emporte',
  disagree: 'Pas d’accord ?',
  loading: 'Chargement de la comparaison…',
  error: 'Impossible d’afficher cette comparaison.',
  retry: 'Réessayer',
};
const ENGLISH_WORDS = ['Nice Pick', 'Pros', 'Cons', 'Related to:', 'The Verdict', 'The Bottom Line', ' wins', 'Disagree with our pick?'];

const $ = (el: NicePick, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
/** Text without the aria-hidden 🧊 and markers. */
const own = (node: Element | null) => {
  const copy = node!.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
  return norm(copy.textContent);
};

/** gpu-vs-tpu with a contact line and no bottom line of its own, so every fixed word shows. */
async function everyWord(): Promise<Comparison> {
  const json = await loadFixture('gpu-vs-tpu.json');
  json.contact = { email: 'nice@nicepick.dev' };
  delete json.verdict.bottomLine;
  return json;
}

async function mount(data: Comparison | null, labels?: CardLabels, src?: string): Promise<NicePick> {
  const el = document.createElement('nice-pick');
  el.labels = labels;
  if (data) el.data = data;
  if (src) el.src = src;
  await fixture(html`<div style="width:900px">${el}</div>`);
  await el.updateComplete;
  return el;
}

/** The words the card shows in each fixed place. */
const words = (el: NicePick) => ({
  pick: own($(el, '[part=hero-mark]')),
  badge: norm($(el, '[part=badge]')!.textContent),
  pros: norm($(el, '[part=pros-heading]')!.textContent),
  cons: norm($(el, '[part=cons-heading]')!.textContent),
  relatedTo: norm($(el, '[part=related-label]')!.textContent),
  verdict: norm($(el, '[part=verdict-heading]')!.textContent),
  bottomLine: own($(el, '[part=bottom-line-heading]')),
  winner: norm($(el, '[part=winner]')!.textContent),
  contact: norm($(el, '[part=contact]')!.textContent),
});

describe('labels: the element\'s labels property', () => {
  it('replaces every fixed word of the card, and no English word is left', async () => {
    const el = await mount(await everyWord(), FRENCH);
    expect(words(el)).to.deep.equal({
      pick: 'Notre choix',
      badge: 'Notre choix',
      pros: 'Pour',
      cons: 'Contre',
      relatedTo: 'Voir aussi :',
      verdict: 'Le verdict',
      bottomLine: 'En bref',
      winner: 'GPU Training l’emporte',
      contact: 'Pas d’accord ? nice@nicepick.dev',
    });
    const text = $(el, 'article')!.textContent!;
    for (const english of ENGLISH_WORDS) expect(text, `no "${english}"`).to.not.contain(english);
  });

  it('without it, the words are English', async () => {
    const el = await mount(await everyWord());
    expect(words(el)).to.deep.equal({
      pick: 'Nice Pick',
      badge: 'Nice Pick',
      pros: 'Pros',
      cons: 'Cons',
      relatedTo: 'Related to:',
      verdict: 'The Verdict',
      bottomLine: 'The Bottom Line',
      winner: 'GPU Training wins',
      contact: 'Disagree with our pick? nice@nicepick.dev',
    });
  });

  it('words it leaves out stay English; a new object re-renders the card', async () => {
    const el = await mount(await everyWord(), { pros: 'Pour' });
    expect(words(el).pros).to.equal('Pour');
    expect(words(el).cons).to.equal('Cons');
    el.labels = { cons: 'Contre' };
    await el.updateComplete;
    expect([words(el).pros, words(el).cons]).to.deep.equal(['Pros', 'Contre']);
  });

  it('the loading placeholder and the error message use its `loading` and `error` words', async () => {
    const loading = await mount(null, FRENCH, '/__test__/json?file=gpu-vs-tpu.json&delay=2000');
    expect(norm($(loading, '[role=status]')!.textContent)).to.equal('Chargement de la comparaison…');

    const el = document.createElement('nice-pick');
    el.labels = FRENCH;
    const failed = oneEvent(el, 'error');
    el.src = '/__test__/status/404';
    const warn = console.warn;
    console.warn = () => {}; // the error state warns by design
    try {
      await fixture(html`<div>${el}</div>`);
      await failed;
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    const alert = $(el, '[role=alert]')!;
    expect(norm(alert.querySelector('strong')!.textContent)).to.equal('Impossible d’afficher cette comparaison.');
    // The explanation after it is for developers and stays English.
    expect(norm(alert.textContent)).to.match(/^Impossible d’afficher cette comparaison\. Could not load .*404/);
  });
});

describe('labels: words are text, never markup', () => {
  it('markup in the property\'s or the data\'s words shows as typed and never runs', async () => {
    const img = '<img src=x onerror="window.__labelsPwned=1">';
    const json = await everyWord();
    json.labels = { wins: `<b>{name}</b> ${img}` };
    const el = await mount(json, { pros: img, disagree: '<b>No?</b>', loading: img });
    await imageFailed('x'); // an <img src=x> in the card would have failed, and run its onerror, by now
    expect(el.shadowRoot!.querySelectorAll('img, b').length, 'no img or b elements').to.equal(0);
    expect((window as { __labelsPwned?: number }).__labelsPwned).to.equal(undefined);
    const shown = words(el);
    expect([shown.pros, shown.winner, shown.contact]).to.deep.equal([img, `<b>GPU Training</b> ${img}`, '<b>No?</b> nice@nicepick.dev']);
  });
});

describe('labels: the data\'s labels', () => {
  it('win over the property, word by word', async () => {
    const json = await everyWord();
    json.labels = { pros: 'Vorteile', wins: '{name} gewinnt' };
    const el = await mount(json, FRENCH);
    const shown = words(el);
    expect([shown.pros, shown.winner, shown.cons]).to.deep.equal(['Vorteile', 'GPU Training gewinnt', 'Contre']);
  });

  it('`disagree` is the contact prompt when the data has none; a prompt given wins', async () => {
    const json = await everyWord();
    json.labels = { disagree: 'Anderer Meinung?' };
    expect(words(await mount(json)).contact).to.equal('Anderer Meinung? nice@nicepick.dev');
    json.contact!.prompt = 'Tell us';
    expect(words(await mount(json)).contact).to.equal('Tell us nice@nicepick.dev');
  });

  it('`wins` puts the name where {name} is, as text, even a name with $& or $1 in it', async () => {
    const json = await everyWord();
    json.options[0].name = 'A $& B $1 <b>c</b>';
    json.options[0].id = 'a';
    json.pick = 'a';
    json.labels = { wins: 'Gagnant : {name} !' };
    const el = await mount(json);
    expect(words(el).winner).to.equal('Gagnant : A $& B $1 <b>c</b> !');
    expect(el.shadowRoot!.querySelectorAll('b').length, 'no markup from the name').to.equal(0);
  });

  it('a bottom line given in the data wins over `wins`', async () => {
    const json = await everyWord();
    json.verdict!.bottomLine = 'Use GPUs.';
    json.labels = { wins: '{name} gewinnt' };
    expect(words(await mount(json, FRENCH)).winner).to.equal('Use GPUs.');
  });

  it('`loading` and `error` in the data are ignored like any unknown field (no data is there while they show)', async () => {
    const json = await everyWord();
    (json.labels as Record<string, string>) = { loading: 'x', error: 'y' };
    const el = await mount(json);
    expect(words(el).pros).to.equal('Pros');
    expect(norm($(el, 'article')!.textContent)).to.not.match(/\bx\b|\by\b/);
  });
});
