// <nice-pick> accessibility: axe (chai-a11y-axe) on every state in both themes, plus the
// semantics axe cannot judge: live-region roles, hidden decoration, badge text, link names.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { Comparison, NicePick } from '../src/index.js';
import { FIXTURES, loadFixture } from './fixtures.js';
import { nextEvent, root, text } from './support/helpers.js';

const THEMES = ['light', 'dark'] as const;


/** The text a screen reader gets from `node`: its text without aria-hidden subtrees. */
function spokenText(node: Node): string {
  if (node.nodeType == Node.TEXT_NODE) return node.nodeValue ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') == 'true') return '';
  return [...node.childNodes].map(spokenText).join('');
}
const spoken = (node: Node) => spokenText(node).replace(/\s+/g, ' ').trim();

/**
 * A card in `theme`, inside the page's <main> (a real page puts its content in landmarks; without
 * one axe's page-level "region" rule would blame the test page, not the component).
 */
async function mount(theme: string, setup: (el: NicePick) => void, expectEvent: 'load' | 'error' | null) {
  const main = await fixture<HTMLElement>(html`<main></main>`);
  const el = document.createElement('nice-pick');
  el.setAttribute('theme', theme);
  setup(el);
  const event = expectEvent ? nextEvent(el) : null;
  main.append(el);
  if (event) {
    const got = await event;
    if (got.type !== expectEvent) {
      throw new Error(`expected ${expectEvent}, got ${got.type}: ${(got as ErrorEvent).message ?? ''}`);
    }
  }
  await el.updateComplete;
  return el;
}

// Silence the component's console.warn (error states warn by design); restored after each test.
const originalWarn = console.warn;
beforeEach(() => {
  console.warn = () => {};
});
afterEach(() => {
  console.warn = originalWarn;
});

// ---------------------------------------------------------------------------- axe

for (const theme of THEMES) {
  describe(`<nice-pick theme="${theme}"> passes axe`, () => {
    for (const name of FIXTURES) {
      it(`loaded: ${name}`, async () => {
        const el = await mount(theme, (el) => (el.src = `/fixtures/${name}`), 'load');
        expect(root(el).querySelector('article[part=card]'), 'the card is shown').to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('loading (slow src)', async () => {
      const el = await mount(theme, (el) => (el.src = '/__test__/json?file=gpu-vs-tpu.json&delay=5000'), null);
      expect(root(el).querySelector('[role=status]'), 'loading placeholder').to.not.equal(null);
      await expect(el).to.be.accessible();
      // still loading: axe looked at the placeholder, not at the card
      expect(root(el).querySelector('[role=status]'), 'still loading after axe').to.not.equal(null);
    });

    it('error: HTTP 404', async () => {
      const el = await mount(theme, (el) => (el.src = '/__test__/status/404'), 'error');
      expect(root(el).querySelector('[role=alert]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('error: HTTP 503, with its "Try again" button', async () => {
      const el = await mount(theme, (el) => (el.src = '/__test__/status/503'), 'error');
      const button = root(el).querySelector<HTMLButtonElement>('[role=alert] button');
      expect(button?.textContent, 'a named button').to.equal('Try again');
      expect(button!.getBoundingClientRect().height, 'a 24px target at least').to.be.at.least(24);
      await expect(el).to.be.accessible();
    });

    it('right to left page: loading, and an error with "Try again"', async () => {
      for (const src of ['/__test__/json?file=gpu-vs-tpu.json&delay=5000', '/__test__/status/503']) {
        const el = await mount(theme, (el) => (el.src = src), src.includes('503') ? 'error' : null);
        const main = el.parentElement!;
        main.dir = 'rtl';
        main.lang = 'ar';
        expect(getComputedStyle(root(el).querySelector('[part~=card]')!).direction, src).to.equal('rtl');
        await expect(el).to.be.accessible();
      }
    });

    it('error: invalid data, with its list of problems', async () => {
      const el = await mount(
        theme,
        (el) => (el.data = { options: [{ name: 1 }] } as unknown as Comparison),
        'error',
      );
      expect(root(el).querySelectorAll('[role=alert] li').length, 'problems listed').to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    });

    it('right to left: the Arabic comparison', async () => {
      const json = await loadFixture('example-arabic.json');
      const el = await mount(theme, (el) => (el.data = json), 'load');
      const card = root(el).querySelector('article[part=card]') as HTMLElement;
      expect(card.getAttribute('lang')).to.equal(json.lang);
      expect(card.getAttribute('dir')).to.equal(json.dir);
      expect(getComputedStyle(card).direction).to.equal('rtl');
      // the fixed words come from the data's labels
      expect(spoken(root(el).querySelector('[part=badge]')!)).to.equal(json.labels!.pick);
      expect(spoken(root(el).querySelector('[part=pros-heading]')!)).to.equal(json.labels!.pros);
      await expect(el).to.be.accessible();
    });
  });
}

// ---------------------------------------------------------------------------- semantics

describe('target size (WCAG 2.2, 2.5.8)', () => {
  it('linked tags and option names are at least 24px tall; the contact link sits in a sentence', async () => {
    const el = await mount('light', (card) => (card.src = '/fixtures/example-four-options.json'), 'load');
    const root = el.shadowRoot!;
    const targets = [...root.querySelectorAll('a[part=tag], a[part=option-link]')];
    expect(targets.length, 'the fixture has linked tags and names').to.be.greaterThan(1);
    for (const target of targets) {
      const { height } = target.getBoundingClientRect();
      expect(height, `${target.getAttribute('part')} "${target.textContent}" height`).to.be.at.least(24);
    }
    // The exception for links inside a sentence: the contact link follows the prompt's text.
    const contact = root.querySelector('a[part=contact-link]')!;
    expect(contact.parentElement!.textContent!.trim().startsWith('Disagree with our pick?')).to.equal(true);
  });
});

describe('many cards on one page (a docs site)', () => {
  it('passes axe as a whole page: no landmark repeated once per card', async () => {
    const main = await fixture<HTMLElement>(html`<main><h1>Comparisons</h1></main>`);
    const names = FIXTURES.slice(0, 3);
    const cards = names.map(() => document.createElement('nice-pick'));
    const loaded = cards.map((card) => nextEvent(card));
    cards.forEach((card, i) => {
      card.src = `/fixtures/${names[i]}`;
      main.append(card);
    });
    expect((await Promise.all(loaded)).map((event) => event.type)).to.deep.equal(['load', 'load', 'load']);
    await expect(main).to.be.accessible();
  });
});

describe('<nice-pick> semantics', () => {
  it('announces loading with role=status', async () => {
    const el = await mount('auto', (el) => (el.src = '/__test__/json?file=gpu-vs-tpu.json&delay=5000'), null);
    const status = root(el).querySelector('[part~=loading]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(spoken(status!)).to.match(/^Loading comparison/);
  });

  it('announces an error with role=alert', async () => {
    const el = await mount('auto', (el) => (el.src = '/__test__/status/404'), 'error');
    const alert = root(el).querySelector('[part~=error]');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(spoken(alert!)).to.contain('This comparison could not be shown.');
    expect(spoken(alert!)).to.contain('404');
  });

  it('without a pick: no badge, no hero, no picked column, and the bottom line only when the verdict has one', async () => {
    const { pick: _, ...json } = await loadFixture('gpu-vs-tpu.json');
    const el = await mount('auto', (el) => (el.data = json), 'load');
    const shadow = root(el);
    expect(json.verdict.bottomLine, 'the fixture has its own bottom line').to.be.a('string');
    expect(
      ['[part=badge]', '[part=hero]', '[part=hero-mark]', '[part~=option-pick]'].map((s) => shadow.querySelectorAll(s).length),
    ).to.deep.equal([0, 0, 0, 0]);
    expect(shadow.querySelectorAll('[part=option]')).to.have.length(2);
    expect(spoken(shadow.querySelector('[part=winner]')!)).to.equal(json.verdict.bottomLine);
    // without a pick and a verdict's bottom line, there is no bottom line to show
    const { verdict, ...bare } = json;
    const plain = await mount('auto', (el) => (el.data = { ...bare, verdict: { text: verdict.text } }), 'load');
    expect(root(plain).querySelector('[part=bottom-line]')).to.equal(null);
  });

  for (const name of FIXTURES) {
    describe(name, () => {
      let json: Comparison;
      let el: NicePick;
      beforeEach(async () => {
        json = await loadFixture(name);
        el = await mount('auto', (el) => (el.data = json), 'load');
      });

      it('hides decorative emoji and +/− markers from assistive technology', () => {
        const shadow = root(el);
        const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
        const decorative: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = (node.nodeValue ?? '').trim();
          if (/\p{Extended_Pictographic}/u.test(value) || value == '+' || value == '−') decorative.push(node as Text);
        }
        for (const node of decorative) {
          expect(node.parentElement!.closest('[aria-hidden=true]'), `"${node.nodeValue}" is aria-hidden`).to.not.equal(
            null,
          );
        }
        // every pro and con has its marker, hidden, and reads as the data's text alone
        const pros = [...shadow.querySelectorAll('[part=pro]')];
        const cons = [...shadow.querySelectorAll('[part=con]')];
        expect(pros.map(spoken)).to.deep.equal(json.options.flatMap((o) => o.pros.map((p) => p.trim())));
        expect(cons.map(spoken)).to.deep.equal(json.options.flatMap((o) => o.cons.map((c) => c.trim())));
        for (const li of [...pros, ...cons]) {
          const marker = li.querySelector('[part$=marker]');
          expect(marker?.getAttribute('aria-hidden')).to.equal('true');
          expect(text(marker)).to.equal(li.matches('[part=pro]') ? '+' : '−');
        }
        // the count of hidden markers and emoji is what the data asks for: one per pro and con,
        // one in the hero and one in the bottom line when there is a pick
        const hasPick = json.pick != null;
        const hasBottomLine = hasPick || Boolean(json.verdict?.bottomLine || json.verdict?.reason);
        const expected =
          json.options.reduce((n, o) => n + o.pros.length + o.cons.length, 0) + (hasPick ? 1 : 0) + (hasBottomLine ? 1 : 0);
        expect(decorative.length).to.equal(expected);
      });

      it('shows the pick as a "Nice Pick" badge and hero', () => {
        const badges = [...root(el).querySelectorAll('[part=badge]')];
        const label = json.labels?.pick ?? 'Nice Pick';
        expect(json.pick, 'every fixture has a pick (the card without one: below)').to.be.a('string');
        expect(badges.map(spoken)).to.deep.equal([label]);
        const column = badges[0].closest('[part~=option]')!;
        expect(column.getAttribute('part')).to.equal('option option-pick');
        const slug = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
        const picked = json.options.find((o) => (o.id ?? slug(o.name)) === json.pick)!;
        expect(spoken(column.querySelector('[part=option-name]')!)).to.equal(picked.name);
        expect(spoken(root(el).querySelector('[part=hero-mark]')!)).to.equal(label);
      });

      it('gives every link a non-empty name and a safe href', () => {
        const links = [...root(el).querySelectorAll('a')];
        for (const a of links) {
          expect(spoken(a), `name of ${a.outerHTML}`).to.not.equal('');
          expect(a.getAttribute('href')).to.match(/^(https?|mailto):/);
        }
        // as many links as the data has URLs: option pages, related tags, contact e-mail and page
        const urls =
          json.options.reduce(
            (n, o) =>
              n + (o.url ? 1 : 0) + (o.related ?? []).filter((r) => typeof r == 'object' && r.url).length,
            0,
          ) +
          (json.contact?.email ? 1 : 0) +
          (json.contact?.url ? 1 : 0);
        expect(links.length).to.equal(urls);
      });
    });
  }
});
