// Computed layout: columns by the card's own width, no sideways scrolling at 320px, the loading
// placeholder's reserved space, and the light and dark themes' colours and contrast.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { FIXTURES, loadFixture } from './fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// Never hand a shadow-DOM element to a failing chai assertion: serializing it hangs the runner.
// These compare elements and report markup (a string) instead.
const expectNone = (found: Element | null | undefined, what = 'element') =>
  expect(found ? found.outerHTML : null, `${what}: expected no such element`).to.equal(null);

/** The card, in a wrapper div of the given width. */
async function cardIn(width: number, data: Json, theme?: string): Promise<NicePick> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><nice-pick .data=${data} theme=${theme ?? 'auto'}></nice-pick></div>`,
  );
  const el = wrapper.querySelector('nice-pick')!;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('article'), 'the card is rendered').to.exist;
  return el;
}

const columnsOf = (el: NicePick): DOMRect[] =>
  [...el.shadowRoot!.querySelectorAll('[part~=option]')].map((c) => c.getBoundingClientRect());

const sameRow = (a: DOMRect, b: DOMRect) => Math.abs(a.top - b.top) < 1;

/** Columns of one row: same top, each one further right than the last (left to right). */
const expectOneRow = (rects: DOMRect[], what: string) => {
  for (let i = 1; i < rects.length; i++) {
    expect(sameRow(rects[0], rects[i]), `${what}: column ${i} on the first row (tops ${rects[0].top}, ${rects[i].top})`).to.be.true;
    expect(rects[i].left, `${what}: column ${i} right of column ${i - 1}`).to.be.at.least(rects[i - 1].right);
  }
};

/** Columns stacked: each one below the last, all at the same left. */
const expectStacked = (rects: DOMRect[], what: string) => {
  for (let i = 1; i < rects.length; i++) {
    expect(rects[i].top, `${what}: column ${i} below column ${i - 1}`).to.be.at.least(rects[i - 1].bottom);
    expect(Math.abs(rects[i].left - rects[0].left), `${what}: column ${i} at the same left`).to.be.below(1);
    expect(Math.abs(rects[i].width - rects[0].width), `${what}: column ${i} as wide`).to.be.below(1);
  }
};

/** Nothing sticks out sideways: the card does not scroll and every piece is inside the host. */
const expectNoSidewaysScroll = (el: NicePick, width: number) => {
  const card = el.shadowRoot!.querySelector<HTMLElement>('[part~=card]')!;
  expect(card.scrollWidth, 'card scrollWidth <= clientWidth').to.be.at.most(card.clientWidth);
  const host = el.getBoundingClientRect();
  expect(host.width, 'host width').to.be.at.most(width);
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const r = node.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    expect(r.left, `${node.getAttribute('part') ?? node.tagName} left edge`).to.be.at.least(host.left - 0.5);
    expect(r.right, `${node.getAttribute('part') ?? node.tagName} right edge`).to.be.at.most(host.right + 0.5);
  }
  const wrapper = el.parentElement!;
  expect(wrapper.scrollWidth, 'the wrapper does not overflow').to.be.at.most(wrapper.clientWidth);
};

/** A comparison with `count` options, built from the four-option fixture. */
const withOptions = async (count: number): Promise<Json> => {
  const json = await loadFixture('example-four-options.json');
  json.options = json.options.slice(0, count);
  if (!json.options.some((o: Json) => (o.id ?? o.name.toLowerCase()) === json.pick)) delete json.pick;
  return json;
};

describe('layout: columns follow the card width', () => {
  it('2 options: one row at 900px, stacked at 320px without sideways scrolling', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const wide = columnsOf(await cardIn(900, json));
    expect(wide.length).to.equal(2);
    expectOneRow(wide, '900px');
    expect(wide[0].left).to.not.equal(wide[1].left);

    const narrow = await cardIn(320, json);
    expectStacked(columnsOf(narrow), '320px');
    expectNoSidewaysScroll(narrow, 320);
  });

  it('every fixture fits 320px without sideways scrolling', async () => {
    for (const name of FIXTURES) {
      const el = await cardIn(320, await loadFixture(name));
      expectStacked(columnsOf(el), name);
      expectNoSidewaysScroll(el, 320);
    }
  });

  it('a 300-character word and a very long URL wrap at 320px', async () => {
    const word = 'Supercalifragilistic'.repeat(15);
    expect(word.length).to.equal(300);
    const url = `https://example.com/${'very-long-path-segment/'.repeat(12)}?query=${'x'.repeat(120)}`;
    const json = await loadFixture('gpu-vs-tpu.json');
    json.label = word;
    json.title = `${word} vs ${url}`;
    json.intro = `${word} ${url}`;
    json.options[0].name = word;
    json.options[0].kind = word;
    json.options[0].url = url;
    json.options[0].summary = url;
    json.options[0].pros.push(word, url);
    json.options[0].related = [word, { label: url, url }];
    json.options[1].cons.push(`${word}${url}`);
    json.verdict = { text: [word, url], bottomLine: word, reason: url };
    json.contact = { prompt: word, email: `${'x'.repeat(200)}@example.com`, url };
    const el = await cardIn(320, json);
    expect(el.shadowRoot!.textContent).to.contain(word);
    expectStacked(columnsOf(el), 'long words');
    expectNoSidewaysScroll(el, 320);
  });

  it('3 options: one row at 1000px, stacked at 320px', async () => {
    const json = await withOptions(3);
    const wide = columnsOf(await cardIn(1000, json));
    expect(wide.length).to.equal(3);
    expectOneRow(wide, '1000px');
    const narrow = await cardIn(320, json);
    expectStacked(columnsOf(narrow), '320px');
    expectNoSidewaysScroll(narrow, 320);
  });

  it('4 options: one row at 1200px, two rows of two at 700px, stacked at 320px', async () => {
    const json = await withOptions(4);
    const wide = columnsOf(await cardIn(1200, json));
    expect(wide.length).to.equal(4);
    expectOneRow(wide, '1200px');

    const [a, b, c, d] = columnsOf(await cardIn(700, json));
    expectOneRow([a, b], '700px first row');
    expectOneRow([c, d], '700px second row');
    expect(c.top, '700px: second row below the first').to.be.at.least(Math.max(a.bottom, b.bottom));
    expect(Math.abs(a.left - c.left)).to.be.below(1);
    expect(Math.abs(b.left - d.left)).to.be.below(1);

    const narrow = await cardIn(320, json);
    expectStacked(columnsOf(narrow), '320px');
    expectNoSidewaysScroll(narrow, 320);
  });

  it("follows the card's container, not the viewport", async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="width:320px"><nice-pick .data=${json}></nice-pick></div>
      <div style="width:900px"><nice-pick .data=${json}></nice-pick></div>
    </div>`);
    const [narrow, wide] = [...page.querySelectorAll('nice-pick')];
    await Promise.all([narrow.updateComplete, wide.updateComplete]);
    expectStacked(columnsOf(narrow), '320px wrapper');
    expectOneRow(columnsOf(wide), '900px wrapper');
  });
});

describe('layout: tags', () => {
  // A chip is 24px tall (a target size, WCAG 2.2 2.5.8); its text sits in the middle of it, not
  // over an empty strip at the bottom, in the card's font and in a page font with tall ascenders
  // and a loose line height (the docs-page demo's).
  for (const font of ['inherit', "1rem/1.6 'URW Gothic', 'Century Gothic', sans-serif"]) {
    it(`a tag's text is centred in its 24px chip (page font: ${font})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px; font:${font}">
        <nice-pick .data=${{ options: [{ name: 'A', pros: ['x'], cons: ['y'], related: ['Code review', { label: 'Linked', url: 'https://example.com/' }] }, { name: 'B', pros: ['x'], cons: ['y'] }] }}></nice-pick>
      </div>`);
      const el = wrapper.querySelector('nice-pick') as NicePick;
      await el.updateComplete;
      const tags = [...el.shadowRoot!.querySelectorAll('[part~=tag]')];
      expect(tags.map((tag) => tag.textContent)).to.deep.equal(['Code review', 'Linked']);
      for (const tag of tags) {
        const chip = tag.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(tag);
        const text = range.getBoundingClientRect();
        expect(chip.height, `${tag.textContent}: chip height`).to.be.within(24, 25);
        const above = text.top - chip.top;
        const below = chip.bottom - text.bottom;
        expect(Math.abs(above - below), `${tag.textContent}: ${above}px above the text, ${below}px below`).to.be.at.most(1.5);
      }
    });
  }
});

describe('layout: loading placeholder', () => {
  it('reserves space while a slow src loads', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:900px">
        <nice-pick src="/__test__/json?file=gpu-vs-tpu.json&delay=2000"></nice-pick>
      </div>`,
    );
    const el = wrapper.querySelector('nice-pick')!;
    await el.updateComplete;
    const placeholder = el.shadowRoot!.querySelector<HTMLElement>('[part~=loading]');
    expect(placeholder, 'the loading placeholder').to.exist;
    expect(placeholder!.getAttribute('role')).to.equal('status');
    expectNone(el.shadowRoot!.querySelector('article'), 'not loaded yet');
    expect(placeholder!.getBoundingClientRect().height).to.be.at.least(300);
    expect(el.getBoundingClientRect().height, 'the host takes that space').to.be.at.least(300);
  });
});

describe('layout: theme', () => {
  /** [r, g, b, alpha] (0-255, 0-1) from a computed rgb()/rgba()/color(srgb …) value. */
  const parseColor = (value: string): number[] => {
    const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value);
    if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] === undefined ? 1 : +rgb[4]];
    const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(value);
    if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
    throw new Error(`cannot parse the colour ${JSON.stringify(value)}`);
  };
  /** WCAG relative luminance. */
  const luminance = ([r, g, b]: number[]): number => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

  const colours = async (theme: string) => {
    const el = await cardIn(900, await loadFixture('gpu-vs-tpu.json'), theme);
    expect(el.getAttribute('theme')).to.equal(theme);
    const style = getComputedStyle(el.shadowRoot!.querySelector('article')!);
    const background = parseColor(style.backgroundColor);
    const text = parseColor(style.color);
    expect(background[3], `the card background is opaque (${style.backgroundColor})`).to.equal(1);
    return { background: luminance(background), text: luminance(text), raw: `${style.backgroundColor} / ${style.color}` };
  };

  it('theme="dark": a dark background and light text, contrast >= 4.5', async () => {
    const { background, text, raw } = await colours('dark');
    expect(background, `dark background (${raw})`).to.be.below(0.2);
    expect(text, `light text (${raw})`).to.be.above(0.5);
    expect(contrast(background, text), raw).to.be.at.least(4.5);
  });

  it('theme="light": a light background and dark text, contrast >= 4.5', async () => {
    const { background, text, raw } = await colours('light');
    expect(background, `light background (${raw})`).to.be.above(0.5);
    expect(text, `dark text (${raw})`).to.be.below(0.2);
    expect(contrast(background, text), raw).to.be.at.least(4.5);
  });
});
