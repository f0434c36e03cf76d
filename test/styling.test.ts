// The styling API as a page author meets it, checked as computed styles in every engine: each
// documented --nice-pick-* custom property lands where the docs say (site/docs/styling.md), the default colours
// meet WCAG 2.2 AA in both themes, `theme` picks the colour scheme, ::part() reaches every
// documented part, the card's styles neither leak out nor break under hostile page CSS, and the
// card mirrors for right-to-left data.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { loadFixture } from './fixtures.js';
import { nextTask, root } from './support/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// Never hand a shadow-DOM element to a failing chai assertion (serializing it hangs the runner):
// everything below compares strings, numbers and booleans, and names elements by their markup.

/** A short name for an element in failure messages: its tag and part (or class). */
const nameOf = (node: Element): string => {
  const part = node.getAttribute('part');
  const cls = node.getAttribute('class');
  return `<${node.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
};

/** The card's host in a wrapper of the given width; `css` goes into a page <style> before it. */
async function mount(
  data: Json,
  { css = '', theme, width = 900, wrapperStyle = '' }: { css?: string; theme?: string; width?: number; wrapperStyle?: string } = {},
): Promise<NicePick> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px;${wrapperStyle}"></div>`);
  if (css) {
    const style = document.createElement('style');
    style.textContent = css;
    wrapper.append(style);
  }
  const el = document.createElement('nice-pick') as NicePick;
  if (theme) el.setAttribute('theme', theme);
  el.data = data;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const card = (el: NicePick) => root(el).querySelector<HTMLElement>('[part~=card]')!;

/** The one element matching `selector` in the shadow root; fails (with a string) if there is none. */
function one(el: NicePick, selector: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(selector);
  expect(found !== null, `the card has ${selector}`).to.be.true;
  return found!;
}

function all(el: NicePick, selector: string): HTMLElement[] {
  const found = [...root(el).querySelectorAll<HTMLElement>(selector)];
  expect(found.length, `the card has ${selector}`).to.be.above(0);
  return found;
}

const cs = (node: Element) => getComputedStyle(node);

// ---------------------------------------------------------------------------------- colours

/** [r, g, b, alpha] (0-255, 0-1) from a computed rgb()/rgba() or color(srgb …) value. */
function parseColor(value: string): number[] {
  const num = '([-+\\d.e]+%?)';
  const rgb = new RegExp(`^rgba?\\(\\s*${num}[,\\s]+${num}[,\\s]+${num}(?:\\s*[,/]\\s*${num})?\\s*\\)$`).exec(value);
  const alpha = (a: string | undefined) => (a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : +a);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], alpha(rgb[4])];
  const srgb = new RegExp(`^color\\(srgb\\s+${num}\\s+${num}\\s+${num}(?:\\s*/\\s*${num})?\\s*\\)$`).exec(value);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, alpha(srgb[4])];
  throw new Error(`cannot parse the colour ${JSON.stringify(value)}`);
}

/** `top` painted over `bottom` (source-over), both [r, g, b, a]; the result is opaque if bottom is. */
const over = (top: number[], bottom: number[]): number[] => {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const ch = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [ch(0), ch(1), ch(2), a];
};

/** WCAG 2.2 relative luminance of an opaque [r, g, b]. */
const luminance = ([r, g, b]: number[]): number => {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
};

const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

const show = (c: number[]) => `rgb(${c.slice(0, 3).map((v) => Math.round(v)).join(', ')}${c[3] < 1 ? ` / ${c[3]}` : ''})`;

/** The opaque colour behind `node`: its own and its ancestors' backgrounds (across the shadow boundary) over the white canvas. */
function backdrop(node: Element): number[] {
  const layers: number[][] = [];
  for (let n: Element | null = node; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    layers.push(parseColor(cs(n).backgroundColor));
  }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Asserts a computed colour equals an expected rgb() string (compared as channels, so any serialization passes). */
function expectColour(node: Element, property: string, expected: string, what: string) {
  const actual = (cs(node) as unknown as Record<string, string>)[property];
  const [a, e] = [parseColor(actual), parseColor(expected)];
  const same = a.every((v, i) => Math.abs(v - e[i]) < 0.51);
  expect(same, `${what}: ${nameOf(node)} ${property} is ${actual}, expected ${expected}`).to.be.true;
}

const px = (value: string) => parseFloat(value);
const near = (a: number, b: number, tolerance = 0.05) => Math.abs(a - b) <= tolerance;

// ---------------------------------------------------------------------------------- 1. custom properties

const TOKENS = {
  accent: 'rgb(11, 12, 13)',
  'on-accent': 'rgb(21, 22, 23)',
  background: 'rgb(31, 32, 33)',
  surface: 'rgb(41, 42, 43)',
  text: 'rgb(51, 52, 53)',
  muted: 'rgb(61, 62, 63)',
  border: 'rgb(71, 72, 73)',
  pro: 'rgb(81, 82, 83)',
  con: 'rgb(91, 92, 93)',
};
const RADIUS = 10;
const SPACING = 12;
const MAX_WIDTH = 432;
const FONT = 'NicePickTokenFont, monospace';
const tokenCss = `nice-pick {
  ${Object.entries(TOKENS).map(([name, value]) => `--nice-pick-${name}: ${value};`).join('\n  ')}
  --nice-pick-radius: ${RADIUS}px;
  --nice-pick-spacing: ${SPACING}px;
  --nice-pick-font: ${FONT};
  --nice-pick-max-width: ${MAX_WIDTH}px;
}`;

/** A font-family value without quotes or spaces, so engines' serializations compare equal. */
const family = (value: string) => value.replace(/["'\s]/g, '');

describe('styling: every --nice-pick-* custom property takes effect where the docs say', () => {
  let el: NicePick;
  beforeEach(async () => {
    // four options: label, intro, hero, option links, linked and plain tags, contact link, winner line
    el = await mount(await loadFixture('example-four-options.json'), { css: tokenCss, theme: 'light' });
  });

  it('--nice-pick-accent: badge, pick column border, hero bar, links, winner line', () => {
    const { accent } = TOKENS;
    expectColour(one(el, '[part=badge]'), 'backgroundColor', accent, 'badge background');
    const pick = one(el, '[part~=option-pick]');
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
      expectColour(pick, `border${side}Color`, accent, `pick column border-${side.toLowerCase()}`);
    }
    expect(cs(pick).borderTopWidth, 'pick column border width').to.equal('2px');
    const hero = one(el, '[part=hero]');
    expectColour(hero, 'borderLeftColor', accent, 'hero bar');
    expect(px(cs(hero).borderLeftWidth), 'hero bar width').to.be.above(0);
    for (const link of all(el, 'a[part=option-link], a[part=tag], a[part=contact-link]')) {
      expectColour(link, 'color', accent, 'link colour');
    }
    expectColour(one(el, '[part=winner]'), 'color', accent, 'winner line');
    // the hero's tint is the accent mixed into the background (10%)
    const tint = parseColor(cs(hero).backgroundColor);
    const [a, b] = [parseColor(accent), parseColor(TOKENS.background)];
    const expected = a.map((v, i) => (i < 3 ? v * 0.1 + b[i] * 0.9 : 1));
    expect(tint.every((v, i) => Math.abs(v - expected[i]) < 1.5), `hero tint ${cs(hero).backgroundColor}, expected about ${show(expected)}`).to.be.true;
  });

  it('--nice-pick-on-accent: the badge text', () => {
    expectColour(one(el, '[part=badge]'), 'color', TOKENS['on-accent'], 'badge text');
  });

  it('--nice-pick-background: the card', () => {
    expectColour(card(el), 'backgroundColor', TOKENS.background, 'card background');
  });

  it('--nice-pick-surface: the option columns and the bottom line', () => {
    for (const column of all(el, '[part~=option]')) expectColour(column, 'backgroundColor', TOKENS.surface, 'column');
    expectColour(one(el, '[part=bottom-line]'), 'backgroundColor', TOKENS.surface, 'bottom line');
  });

  it('--nice-pick-text: the card text, titles, summaries, pros and cons, verdict', () => {
    for (const node of [card(el), ...all(el, '[part=title], [part=hero-name], [part=summary], [part=pro], [part=con], [part=verdict] p')]) {
      expectColour(node, 'color', TOKENS.text, 'text');
    }
  });

  it('--nice-pick-muted: label, kind/meta line, intro, related line and plain tags, contact prompt', () => {
    for (const node of all(el, '[part=label], [part=meta], [part=kind], [part=intro], [part=related], span[part=tag], [part=contact], [part=contact] p')) {
      expectColour(node, 'color', TOKENS.muted, 'muted');
    }
  });

  it('--nice-pick-border: card and column borders, tag chips', () => {
    const targets = [card(el), ...all(el, '[part=option]'), ...all(el, '[part=tag]')];
    for (const node of targets) {
      for (const side of ['Top', 'Right', 'Bottom', 'Left']) expectColour(node, `border${side}Color`, TOKENS.border, `border-${side.toLowerCase()}`);
      expect(px(cs(node).borderTopWidth), `${nameOf(node)} has a border`).to.be.above(0);
    }
  });

  it('--nice-pick-pro / --nice-pick-con: the "+" and "−" markers', () => {
    for (const marker of all(el, '[part=pro-marker]')) expectColour(marker, 'color', TOKENS.pro, 'pro marker');
    for (const marker of all(el, '[part=con-marker]')) expectColour(marker, 'color', TOKENS.con, 'con marker');
  });

  it('--nice-pick-con: the error card border', async () => {
    const broken = await mount({ options: [] }, { css: tokenCss });
    const errorCard = one(broken, '[part~=error]');
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) expectColour(errorCard, `border${side}Color`, TOKENS.con, 'error border');
  });

  it('--nice-pick-radius: card corners, columns at radius / 1.5, tag and badge pills at 2×', () => {
    const corners = ['borderTopLeftRadius', 'borderTopRightRadius', 'borderBottomLeftRadius', 'borderBottomRightRadius'] as const;
    for (const corner of corners) {
      const value = cs(card(el))[corner];
      expect(near(px(value), RADIUS), `card ${corner} is ${value}, expected ${RADIUS}px`).to.be.true;
    }
    for (const column of all(el, '[part~=option]')) {
      for (const corner of corners) {
        const value = cs(column)[corner];
        expect(near(px(value), RADIUS / 1.5, 0.01), `${nameOf(column)} ${corner} is ${value}, expected ${RADIUS / 1.5}px`).to.be.true;
      }
    }
    for (const pill of all(el, '[part=tag], [part=badge]')) {
      expect(cs(pill).borderTopLeftRadius, `${nameOf(pill)} radius`).to.equal(`${RADIUS * 2}px`);
    }
  });

  it('the card\'s padding shrinks in a narrow column: 5% of the width below 30× the spacing', async () => {
    // (This block's page style sets the spacing to SPACING: 30 × 12px = 360px.)
    const json = await loadFixture('gpu-vs-tpu.json');
    const padding = async (width: number) => px(cs(card(await mount(json, { width }))).paddingLeft);
    expect(await padding(900), 'at 900px: 1.5 × the spacing').to.equal(SPACING * 1.5);
    expect(near(await padding(280), 14, 0.05), 'at 280px: 5% of it').to.be.true;
  });

  it('--nice-pick-spacing: card padding 1.5×, column padding, gaps between pieces', () => {
    const c = cs(card(el));
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      const value = c[`padding${side}`];
      expect(near(px(value), SPACING * 1.5), `card padding-${side.toLowerCase()} is ${value}, expected ${SPACING * 1.5}px`).to.be.true;
    }
    for (const column of all(el, '[part~=option]')) {
      expect(cs(column).paddingTop, `${nameOf(column)} padding`).to.equal(`${SPACING}px`);
    }
    const options = one(el, '[part=options]');
    expect(cs(options).rowGap, 'grid row gap').to.equal(`${SPACING}px`);
    expect(cs(options).columnGap, 'grid column gap').to.equal(`${SPACING}px`);
    expect(cs(options).marginTop, 'space above the columns').to.equal(`${SPACING}px`);
    expect(cs(one(el, '[part=title]')).marginTop, 'space between label and title').to.equal(`${SPACING}px`);
  });

  it('--nice-pick-font: the card font-family', () => {
    expect(family(cs(card(el)).fontFamily), 'card font-family').to.equal(family(FONT));
    expect(family(cs(one(el, '[part=title]')).fontFamily), 'title font-family').to.equal(family(FONT));
  });

  it('--nice-pick-max-width: the card max-inline-size', () => {
    const c = cs(card(el));
    expect(c.maxInlineSize, 'max-inline-size').to.equal(`${MAX_WIDTH}px`);
    const width = card(el).getBoundingClientRect().width;
    expect(near(width, MAX_WIDTH, 0.5), `card width in a 900px wrapper is ${width}, expected ${MAX_WIDTH}`).to.be.true;
  });

  it('a property set with el.style.setProperty applies live and removing it restores the default', async () => {
    const plain = await mount(await loadFixture('example-four-options.json'), { theme: 'light' });
    const badge = one(plain, '[part=badge]');
    const before = cs(badge).backgroundColor;
    plain.style.setProperty('--nice-pick-accent', 'rgb(1, 2, 3)');
    plain.style.setProperty('--nice-pick-radius', '0px');
    expectColour(badge, 'backgroundColor', 'rgb(1, 2, 3)', 'badge after setProperty');
    expect(cs(card(plain)).borderTopLeftRadius, 'card radius after setProperty').to.equal('0px');
    plain.style.removeProperty('--nice-pick-accent');
    expect(cs(badge).backgroundColor, 'badge after removeProperty').to.equal(before);
    expect(before === cs(card(plain)).backgroundColor, 'the default badge is not the card background').to.be.false;
  });
});

// ---------------------------------------------------------------------------------- 2. default contrast

/** Every element with its own visible text, and the contrast of its colour against what is behind it. */
function textContrasts(el: NicePick) {
  const rows: { what: string; ratio: number; fg: string; bg: string }[] = [];
  for (const node of root(el).querySelectorAll('*')) {
    const ownText = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!ownText || node.getClientRects().length === 0) continue;
    const bg = backdrop(node);
    const fg = over(parseColor(cs(node).color), bg);
    rows.push({ what: nameOf(node), ratio: contrast(fg, bg), fg: show(fg), bg: show(bg) });
  }
  return rows;
}

const report = (rows: { what: string; ratio: number; fg: string; bg: string }[]) =>
  rows.map((r) => `${r.what}: ${r.fg} on ${r.bg} = ${r.ratio.toFixed(2)}:1`).join('\n');

for (const theme of ['light', 'dark']) {
  describe(`styling: theme="${theme}" default colours meet WCAG 2.2 AA`, () => {
    let el: NicePick;
    beforeEach(async () => {
      el = await mount(await loadFixture('example-four-options.json'), { theme });
    });

    it('text (with the markers and the badge) is at least 4.5:1 against the background behind it', () => {
      const rows = textContrasts(el);
      // the sweep must include the pieces on every background: card, hero tint, columns, badge
      const seen = new Set(rows.map((r) => r.what));
      for (const must of ['<p part="label">', '<h2 part="title">', '<p part="intro">', '<p part="hero-name">', '<p part="hero-summary">',
        '<a part="option-link">', '<span part="kind">', '<span part="badge">', '<span part="pro-marker">', '<span part="con-marker">', '<li part="pro">',
        '<li part="con">', '<span part="tag">', '<a part="tag">', '<p part="winner">', '<a part="contact-link">']) {
        expect(seen.has(must), `${must} is among the checked text (checked: ${[...seen].join(' ')})`).to.be.true;
      }
      const markers = rows.filter((r) => r.what.endsWith('-marker">')).length;
      expect(markers, 'every "+" and "−" marker is checked').to.equal(all(el, '[part=pro-marker], [part=con-marker]').length);
      const hero = parseColor(cs(one(el, '[part=hero]')).backgroundColor);
      const heroRows = rows.filter((r) => r.what.includes('hero-'));
      expect(heroRows.every((r) => r.bg === show(over(hero, parseColor(cs(card(el)).backgroundColor)))), `hero text measured on the hero tint:\n${report(heroRows)}`).to.be.true;
      const low = rows.filter((r) => r.ratio < 4.5);
      expect(report(low), `text below 4.5:1 in theme=${theme}`).to.equal('');
    });

    it('non-text: card, column and pick borders, hero bar and badge are at least 3:1 against their neighbours', () => {
      const cardBg = backdrop(card(el));
      const rows: { what: string; ratio: number; fg: string; bg: string }[] = [];
      const pair = (what: string, colour: string, against: number[]) => {
        const fg = over(parseColor(colour), against);
        rows.push({ what, ratio: contrast(fg, against), fg: show(fg), bg: show(against) });
      };
      pair('card border vs card background', cs(card(el)).borderTopColor, cardBg);
      for (const column of all(el, '[part=option]')) {
        pair('column border vs card background', cs(column).borderTopColor, cardBg);
        pair('column border vs column surface', cs(column).borderTopColor, backdrop(column));
      }
      const pick = one(el, '[part~=option-pick]');
      pair('pick border vs card background', cs(pick).borderTopColor, cardBg);
      pair('pick border vs column surface', cs(pick).borderTopColor, backdrop(pick));
      const hero = one(el, '[part=hero]');
      pair('hero bar vs hero tint', cs(hero).borderLeftColor, backdrop(hero));
      pair('hero bar vs card background', cs(hero).borderLeftColor, cardBg);
      const badge = one(el, '[part=badge]');
      pair('badge vs column surface', cs(badge).backgroundColor, backdrop(badge.parentElement!));
      const low = rows.filter((r) => r.ratio < 3);
      expect(report(low), `non-text below 3:1 in theme=${theme}\n(all: ${report(rows)})`).to.equal('');
    });

    it('the loading and error states: text at least 4.5:1, the error border at least 3:1', async () => {
      const loading = await mount(null, { theme });
      loading.src = '/__test__/json?file=gpu-vs-tpu.json&delay=3000';
      await loading.updateComplete;
      const broken = await mount({ options: [] }, { theme });
      const rows = [...textContrasts(loading), ...textContrasts(broken)];
      expect(rows.some((r) => r.what.includes('loading')) && rows.some((r) => r.what === '<code>'), `both states checked:\n${report(rows)}`).to.be.true;
      const errorCard = one(broken, '[part~=error]');
      const bg = backdrop(errorCard);
      const border = over(parseColor(cs(errorCard).borderTopColor), bg);
      const low = rows.filter((r) => r.ratio < 4.5);
      expect(report(low), `text below 4.5:1 in theme=${theme}`).to.equal('');
      const ratio = contrast(border, bg);
      expect(ratio >= 3, `error border ${show(border)} on ${show(bg)} = ${ratio.toFixed(2)}:1 in theme=${theme}`).to.be.true;
    });
  });
}

// The documented defaults, exactly: the docs' custom-property table (site/docs/styling.md) written out by hand as
// rgb() here (not read from src/styles.ts, so a colour changed there and in the docs alike still
// fails), each checked where the docs say it shows. Contrast alone would let a changed colour
// through as long as it stays readable.
const DEFAULTS = {
  light: {
    accent: 'rgb(9, 105, 218)', // #0969da
    'on-accent': 'rgb(255, 255, 255)', // #fff
    background: 'rgb(255, 255, 255)', // #fff
    surface: 'rgb(246, 248, 250)', // #f6f8fa
    text: 'rgb(31, 35, 40)', // #1f2328
    muted: 'rgb(89, 99, 110)', // #59636e
    border: 'rgb(129, 139, 152)', // #818b98
    pro: 'rgb(26, 127, 55)', // #1a7f37
    con: 'rgb(207, 34, 46)', // #cf222e
    heroTint: 'rgb(230.4, 240, 251.3)', // 10% accent in the background
  },
  dark: {
    accent: 'rgb(68, 147, 248)', // #4493f8
    'on-accent': 'rgb(13, 17, 23)', // #0d1117
    background: 'rgb(13, 17, 23)', // #0d1117
    surface: 'rgb(22, 27, 34)', // #161b22
    text: 'rgb(230, 237, 243)', // #e6edf3
    muted: 'rgb(145, 152, 161)', // #9198a1
    border: 'rgb(101, 108, 118)', // #656c76
    pro: 'rgb(63, 185, 80)', // #3fb950
    con: 'rgb(248, 81, 73)', // #f85149
    heroTint: 'rgb(18.5, 30, 45.5)',
  },
};

for (const theme of ['light', 'dark'] as const) {
  describe(`styling: theme="${theme}" default colours are exactly the documented ones`, () => {
    const want = DEFAULTS[theme];
    let el: NicePick;
    beforeEach(async () => {
      el = await mount(await loadFixture('example-four-options.json'), { theme });
    });

    it('--nice-pick-accent: badge, pick column border, hero bar, option and contact links, winner line', () => {
      const badge = one(el, '[part=badge]');
      expectColour(badge, 'backgroundColor', want.accent, 'badge');
      expectColour(one(el, '[part~=option-pick]'), 'borderTopColor', want.accent, 'pick border');
      expectColour(one(el, '[part=hero]'), 'borderLeftColor', want.accent, 'hero bar');
      expectColour(one(el, '[part=option-link]'), 'color', want.accent, 'option link');
      expectColour(one(el, '[part=contact-link]'), 'color', want.accent, 'contact link');
      expectColour(one(el, '[part=winner]'), 'color', want.accent, 'winner line');
    });

    it('--nice-pick-on-accent: the badge text', () => {
      expectColour(one(el, '[part=badge]'), 'color', want['on-accent'], 'badge text');
    });

    it('--nice-pick-background: the card; the hero is 10% accent on it', () => {
      expectColour(card(el), 'backgroundColor', want.background, 'card');
      expectColour(one(el, '[part=hero]'), 'backgroundColor', want.heroTint, 'hero tint');
    });

    it('--nice-pick-surface: the option columns and the bottom line', () => {
      for (const column of all(el, '[part~=option]')) expectColour(column, 'backgroundColor', want.surface, 'column');
      expectColour(one(el, '[part=bottom-line]'), 'backgroundColor', want.surface, 'bottom line');
    });

    it('--nice-pick-text: the card text, title, pros and cons, verdict', () => {
      for (const node of [card(el), one(el, '[part=title]'), one(el, '[part=pro]'), one(el, '[part=con]'), one(el, '[part=verdict-text]')]) {
        expectColour(node, 'color', want.text, 'text');
      }
    });

    it('--nice-pick-muted: label, kind, intro, related line, contact prompt', () => {
      for (const node of all(el, '[part=label], [part=meta], [part=kind], [part=intro], [part=related], [part=contact]')) {
        expectColour(node, 'color', want.muted, 'muted');
      }
    });

    it('--nice-pick-border: card, column and tag borders', () => {
      expectColour(card(el), 'borderTopColor', want.border, 'card border');
      for (const column of all(el, '[part=option]')) expectColour(column, 'borderTopColor', want.border, 'column border');
      for (const chip of all(el, '[part=tag]')) expectColour(chip, 'borderTopColor', want.border, 'tag border');
    });

    it('--nice-pick-pro and --nice-pick-con: the "+" and "−" markers and the error border', async () => {
      for (const marker of all(el, '[part=pro-marker]')) expectColour(marker, 'color', want.pro, '"+" marker');
      for (const marker of all(el, '[part=con-marker]')) expectColour(marker, 'color', want.con, '"−" marker');
      const broken = await mount({ options: [] }, { theme });
      expectColour(one(broken, '[part~=error]'), 'borderTopColor', want.con, 'error border');
    });
  });
}

// ---------------------------------------------------------------------------------- 3. theme

describe('styling: theme', () => {
  it('defaults to "auto" (reflected), which resolves to the light or the dark colours as prefers-color-scheme says', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const auto = await mount(json);
    expect(auto.getAttribute('theme'), 'reflected theme attribute').to.equal('auto');
    expect(auto.theme).to.equal('auto');
    const light = await mount(json, { theme: 'light' });
    const dark = await mount(json, { theme: 'dark' });
    const bg = (el: NicePick) => cs(card(el)).backgroundColor;
    expect(bg(light) === bg(dark), `light and dark backgrounds differ (${bg(light)} / ${bg(dark)})`).to.be.false;
    expect(luminance(parseColor(bg(light))) > luminance(parseColor(bg(dark))), 'light is the lighter one').to.be.true;
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(bg(auto), `auto (prefers dark: ${prefersDark})`).to.equal(bg(prefersDark ? dark : light));
  });

  it('the card\'s color-scheme is "light dark" for auto, "light" for light, "dark" for dark, and follows a change', async () => {
    const el = await mount(await loadFixture('gpu-vs-tpu.json'));
    for (const theme of ['auto', 'light', 'dark'] as const) {
      el.theme = theme;
      await el.updateComplete;
      expect(el.getAttribute('theme'), 'reflected').to.equal(theme);
      const expected = theme === 'auto' ? 'light dark' : theme;
      expect(cs(card(el)).colorScheme, `card color-scheme for ${theme}`).to.equal(expected);
      // The host keeps the page's own scheme (none declared here): the card reads it from there.
      expect(cs(el).colorScheme, `host color-scheme for ${theme}`).to.equal('normal');
    }
    el.theme = 'light';
    await el.updateComplete;
    const lightBg = cs(card(el)).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(cs(card(el)).backgroundColor === lightBg, 'switching to dark changes the background').to.be.false;
  });
});

describe('styling: theme="auto" takes the page\'s own colour scheme', () => {
  // A site's dark-mode switch: a class on <html> or <body> that sets color-scheme.
  let style: HTMLStyleElement;
  const page = document.documentElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = '.np-dark { color-scheme: dark } .np-light { color-scheme: light } .np-both { color-scheme: light dark }';
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    for (const node of [page, document.body]) node.classList.remove('np-dark', 'np-light', 'np-both');
  });
  /** Mutation observers report in a microtask; one task later the new state is styled. */
  const settle = nextTask;
  const bg = (el: NicePick) => cs(card(el)).backgroundColor;

  it('a page that declares dark, or light, gets that, whatever the reader prefers', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const dark = bg(await mount(json, { theme: 'dark' }));
    const light = bg(await mount(json, { theme: 'light' }));
    page.classList.add('np-dark');
    expect(bg(await mount(json)), 'root color-scheme: dark').to.equal(dark);
    page.classList.replace('np-dark', 'np-light');
    expect(bg(await mount(json)), 'root color-scheme: light').to.equal(light);
  });

  it('a dark-mode switch on <html> or <body> carries into cards already shown, and back', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const dark = bg(await mount(json, { theme: 'dark' }));
    const el = await mount(json);
    const before = bg(el); // the reader's preference: nothing declared yet
    for (const node of [page, document.body]) {
      node.classList.add('np-dark');
      await settle();
      expect(bg(el), `dark class on <${node.localName}>`).to.equal(dark);
      node.classList.remove('np-dark');
      await settle();
      expect(bg(el), `class removed from <${node.localName}>`).to.equal(before);
    }
  });

  it('a page that declares both ("light dark") leaves it to the reader, as one that declares none', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const none = bg(await mount(json));
    page.classList.add('np-both');
    expect(bg(await mount(json))).to.equal(none);
  });

  it('theme="light" and theme="dark" win over the page\'s scheme', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const light = bg(await mount(json, { theme: 'light' }));
    const dark = bg(await mount(json, { theme: 'dark' }));
    page.classList.add('np-dark');
    expect(bg(await mount(json, { theme: 'light' })), 'light on a dark page').to.equal(light);
    page.classList.replace('np-dark', 'np-light');
    expect(bg(await mount(json, { theme: 'dark' })), 'dark on a light page').to.equal(dark);
  });

  it('many cards added at once all take the page\'s scheme, and so does a card moved after a switch', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const dark = bg(await mount(json, { theme: 'dark' }));
    const light = bg(await mount(json, { theme: 'light' }));
    document.body.classList.add('np-dark');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const cards = Array.from({ length: 20 }, () => Object.assign(document.createElement('nice-pick') as NicePick, { data: json }));
    wrapper.append(...cards);
    await Promise.all(cards.map((el) => el.updateComplete));
    expect(cards.map(bg), 'dark page').to.deep.equal(cards.map(() => dark));
    // Out of the page while the site switches to light, then put back: light.
    const [moved] = cards;
    moved.remove();
    document.body.classList.replace('np-dark', 'np-light');
    await settle();
    wrapper.append(moved);
    await settle();
    expect(bg(moved), 'moved after the switch').to.equal(light);
  });

  it('a part of the page with a scheme of its own is followed when the page declares one', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const dark = bg(await mount(json, { theme: 'dark' }));
    const none = bg(await mount(json));
    page.classList.add('np-light');
    expect(bg(await mount(json, { wrapperStyle: 'color-scheme: dark' })), 'dark sidebar, light page').to.equal(dark);
    page.classList.remove('np-light');
    expect(bg(await mount(json, { wrapperStyle: 'color-scheme: dark' })), 'dark sidebar, nothing declared').to.equal(none);
  });
});

// ---------------------------------------------------------------------------------- 4. ::part()

describe('styling: ::part() from the page', () => {
  it('the README examples: badge, tag chip, title, pick column', async () => {
    const el = await mount(await loadFixture('example-four-options.json'), {
      css: `nice-pick::part(badge) { text-transform: uppercase }
        nice-pick::part(tag) { border-radius: 0; background-color: rgb(4, 5, 6) }
        nice-pick::part(title) { letter-spacing: 3px }
        nice-pick::part(option-pick) { outline: 3px solid rgb(1, 2, 3) }`,
    });
    expect(cs(one(el, '[part=badge]')).textTransform, 'badge text-transform').to.equal('uppercase');
    const tags = all(el, '[part=tag]');
    expect(tags.some((t) => t.localName === 'a') && tags.some((t) => t.localName === 'span'), 'linked and plain tags').to.be.true;
    for (const tag of tags) {
      for (const corner of ['borderTopLeftRadius', 'borderBottomRightRadius'] as const) {
        expect(cs(tag)[corner], `${nameOf(tag)} ${corner}`).to.equal('0px');
      }
      // the chip itself is the part: its border and background are what ::part(tag) restyles
      expect(px(cs(tag).borderTopWidth), `${nameOf(tag)} the chip border is on the part`).to.be.above(0);
      expectColour(tag, 'backgroundColor', 'rgb(4, 5, 6)', 'tag chip background');
    }
    expect(cs(one(el, '[part=title]')).letterSpacing, 'title letter-spacing').to.equal('3px');
    const pick = one(el, '[part~=option-pick]');
    expect(`${cs(pick).outlineStyle} ${cs(pick).outlineWidth}`, 'pick outline').to.equal('solid 3px');
    expectColour(pick, 'outlineColor', 'rgb(1, 2, 3)', 'pick outline');
    for (const other of all(el, '[part=option]')) expect(cs(other).outlineStyle, `${nameOf(other)} has no outline`).to.equal('none');
  });

  it('a page rule reaches every documented part, and only that part', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declaration = manifest.modules.flatMap((m: Json) => m.declarations ?? []).find((d: Json) => d.tagName === 'nice-pick');
    const documented: string[] = declaration.cssParts.map((p: Json) => p.name);
    expect(documented.length, 'documented parts').to.be.above(20);

    const style = document.createElement('style');
    const loaded = await mount(await loadFixture('example-four-options.json'));
    const loading = await mount(null);
    loading.src = '/__test__/json?file=gpu-vs-tpu.json&delay=3000';
    await loading.updateComplete;
    const broken = await mount({ options: [] });
    const failing = await mount(null); // a server error: the message has "Try again"
    const failed = new Promise((resolve) => failing.addEventListener('error', resolve, { once: true }));
    const warn = console.warn;
    console.warn = () => {};
    failing.src = '/__test__/status/503';
    await failed.finally(() => (console.warn = warn));
    await failing.updateComplete;
    loaded.parentElement!.append(style);
    const cards = [loaded, loading, broken, failing];
    const problems: string[] = [];
    for (const part of documented) {
      style.textContent = `nice-pick::part(${part}) { outline-offset: 7px }`;
      let reached = 0;
      for (const el of cards) {
        for (const node of root(el).querySelectorAll('*')) {
          const has = node.part.contains(part);
          const got = cs(node).outlineOffset === '7px';
          if (has && got) reached++;
          if (has !== got) problems.push(`::part(${part}) ${got ? 'reaches' : 'misses'} ${nameOf(node)}`);
        }
      }
      if (!reached) problems.push(`::part(${part}) reaches nothing`);
    }
    style.remove();
    expect(problems.join('\n'), 'every documented part, and nothing else, is styled by its ::part() rule').to.equal('');
  });
});

// ---------------------------------------------------------------------------------- 5. encapsulation

// The page's own elements, of every tag the card uses and with the card's own part names and
// classes, which its styles (scoped to its shadow root) must never reach.
const PAGE_MARKUP = `<h2>Page heading</h2><ul><li>Page item</li></ul><p>Page text <a href="https://example.com/">page link</a></p>
  <article part="card" aria-labelledby="title"><header part="header"><h2 part="title" id="title">Page article</h2></header>
  <div part="options" class="options n2"><div part="option option-pick"><h3 part="option-name">Page h3</h3>
  <ul part="pros"><li part="pro"><span part="pro-marker">+</span>Page pro</li></ul><span part="tag">page tag</span></div></div>
  <section part="verdict"><h4 part="pros-heading">Page h4</h4><p part="summary">Page summary</p></section>
  <footer part="contact"><a part="contact-link" href="https://example.com/">page footer link</a></footer></article>`;
const PAGE_ELEMENTS = ['h2', 'ul', 'li', 'p', 'a', 'article', 'header', '[part=title]', '[part~=option]', '.options', 'h3', 'ul[part]',
  'li[part]', '[part=pro-marker]', '[part=tag]', 'section', 'h4', '[part=summary]', 'footer', 'footer a'];
const PAGE_PROPS = ['display', 'marginTop', 'marginBottom', 'paddingLeft', 'paddingTop', 'listStyleType', 'color', 'fontSize', 'fontWeight',
  'fontFamily', 'lineHeight', 'boxSizing', 'textTransform', 'textDecorationLine', 'backgroundColor', 'borderTopWidth', 'borderTopLeftRadius',
  'maxInlineSize', 'gridTemplateColumns', 'rowGap', 'minBlockSize', 'overflowWrap', 'colorScheme'] as const;

/** The computed styles of the page's own elements (PAGE_ELEMENTS) inside `container`. */
const pageStyles = (container: Element) =>
  PAGE_ELEMENTS.map((selector) => {
    const node = container.querySelector(selector)!;
    const style = cs(node);
    return `${selector}: ${PAGE_PROPS.map((p) => `${p}=${style[p]}`).join('; ')}`;
  });

/** Every element of the card with the computed properties hostile page CSS would aim at. */
const CARD_PROPS = ['display', 'boxSizing', 'marginTop', 'marginBottom', 'marginLeft', 'paddingTop', 'paddingLeft', 'listStyleType',
  'fontSize', 'lineHeight'] as const;
const cardStyles = (el: NicePick) =>
  [...root(el).querySelectorAll('[part~=card] *, [part~=card]')].map((node) => {
    const style = cs(node);
    return `${nameOf(node)} ${CARD_PROPS.map((p) => `${p}=${style[p]}`).join('; ')}`;
  });

const HOSTILE = `* { box-sizing: content-box; line-height: 3 }
  ul { list-style: square; padding: 40px }
  h2 { font-size: 5rem }
  a { display: none }
  p { margin: 50px }`;

/**
 * More page CSS that is hostile to embeds, short of `* { all: unset }`: each must leave every
 * piece of the card with the same computed styles and the same box as on a clean page. (Inherited
 * text properties set on the card's ancestors, font-size among them, do reach it: see
 * test/inherited-styles.test.ts.)
 */
const HOSTILE_SHEETS: Record<string, string> = {
  'the issue\'s list': `* { box-sizing: content-box; line-height: 3 }
    ul { list-style: none; padding: 0 }
    a { display: none }
    h2 { font-size: 5rem }`,
  'rules aimed at the element\'s insides': `nice-pick * { display: block !important; margin: 3em !important; padding: 3em !important;
    font-size: 3em !important; border: 9px solid red !important; visibility: visible !important }
    nice-pick > script { white-space: pre !important }`,
  'div { all: unset }': 'div { all: unset }',
  'every tag the card uses': `article, header, footer, section, div, span, p, h2, h3, h4, ul, li, a, strong, code {
    display: inline; float: left; position: relative; top: 40px; inline-size: 10px; margin: 2em; padding: 2em;
    border: 5px solid red; background: red; }
    li::marker { content: "!!" } a::after { content: " (x)" } h2::before { content: "#" }`,
  'its part names, classes, ids and roles as page selectors': `[part], [part~=card], .options, .n2, #title, [role], [aria-level],
    [aria-hidden], [aria-labelledby] { display: none !important; margin: 99px !important }`,
};

/** The box of every element of the card, relative to the host, to the half pixel. */
const cardBoxes = (el: NicePick) => {
  const host = el.getBoundingClientRect();
  const half = (n: number) => Math.round(n * 2) / 2;
  return [...root(el).querySelectorAll('[part~=card] *, [part~=card]')].map((node) => {
    const r = node.getBoundingClientRect();
    return `${nameOf(node)} ${half(r.left - host.left)},${half(r.top - host.top)} ${half(r.width)}x${half(r.height)}`;
  });
};

/** The card in a 320px stage that no tag selector of the page matches (an undefined custom element). */
async function staged(data: Json, css: string): Promise<NicePick> {
  const container = await fixture<HTMLElement>(html`<np-stage style="display:block;width:320px"></np-stage>`);
  if (css) {
    const style = document.createElement('style');
    style.textContent = css;
    container.append(style);
  }
  const el = document.createElement('nice-pick') as NicePick;
  el.structuredData = true; // its JSON-LD script, a light-DOM child, is a target too
  el.data = data;
  container.append(el);
  await el.updateComplete;
  return el;
}

describe('styling: encapsulation', () => {
  it("the card's styles do not leak into the page's h2, ul, p and a next to it", async () => {
    const control = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    control.innerHTML = PAGE_MARKUP;
    const alone = pageStyles(control);
    control.remove();
    expect(alone.join('\n'), 'page list bullets by default').to.contain('listStyleType=disc');

    const el = await mount(await loadFixture('example-four-options.json'), { theme: 'dark' });
    const page = document.createElement('div');
    page.innerHTML = PAGE_MARKUP;
    el.parentElement!.append(page);
    el.parentElement!.prepend(page.cloneNode(true));
    expect(card(el) !== null, 'the card is rendered').to.be.true;
    for (const side of el.parentElement!.querySelectorAll(':scope > div')) {
      expect(pageStyles(side).join('\n'), 'page elements next to the card').to.equal(alone.join('\n'));
    }
  });

  it('hostile page CSS does not reach into the card', async () => {
    const json = await loadFixture('example-four-options.json');
    const clean = cardStyles(await mount(json, { width: 320 }));
    const el = await mount(json, { width: 320, css: HOSTILE });
    // the page CSS is live: it does hit the page (and the host, which is a page element)
    expect(cs(el).boxSizing, 'page CSS applies to the host').to.equal('content-box');

    for (const list of all(el, 'ul')) {
      const s = cs(list);
      expect(`${s.listStyleType} ${s.paddingLeft} ${s.paddingRight}`, `${nameOf(list)} list style and padding`).to.equal('none 0px 0px');
    }
    for (const item of all(el, 'li')) expect(cs(item).listStyleType, `${nameOf(item)} no bullet`).to.equal('none');
    const rootFont = px(cs(document.documentElement).fontSize);
    expect(px(cs(one(el, '[part=title]')).fontSize), 'title font-size is not 5rem').to.not.equal(rootFont * 5);
    for (const link of all(el, 'a')) {
      const rect = link.getBoundingClientRect();
      expect(cs(link).display !== 'none' && rect.width > 0 && rect.height > 0, `${nameOf(link)} is displayed`).to.be.true;
    }
    for (const p of all(el, 'p')) expect(cs(p).marginLeft, `${nameOf(p)} margin`).to.equal('0px');
    expect(cs(card(el)).boxSizing, 'card box-sizing').to.equal('border-box');
    expect(near(px(cs(card(el)).lineHeight), px(cs(card(el)).fontSize) * 1.5, 0.5), `card line-height ${cs(card(el)).lineHeight}`).to.be.true;

    const hostile = cardStyles(el);
    const differences = hostile.filter((line, i) => line !== clean[i]);
    expect(differences.join('\n'), 'computed styles inside the card differ from a clean page').to.equal('');

    // still no sideways overflow at 320px
    const c = card(el);
    expect(c.scrollWidth, 'card scrollWidth <= clientWidth').to.be.at.most(c.clientWidth);
    const host = el.getBoundingClientRect();
    const outside = [...root(el).querySelectorAll('*')]
      .map((node) => ({ node, r: node.getBoundingClientRect() }))
      .filter(({ r }) => (r.width || r.height) && (r.left < host.left - 0.5 || r.right > host.right + 0.5))
      .map(({ node, r }) => `${nameOf(node)} ${r.left}-${r.right} outside ${host.left}-${host.right}`);
    expect(outside.join('\n'), 'nothing sticks out sideways').to.equal('');
    expect(el.parentElement!.scrollWidth, 'the 320px wrapper does not overflow').to.be.at.most(320);
  });

  for (const [name, css] of Object.entries(HOSTILE_SHEETS)) {
    it(`hostile page CSS (${name}): every piece of the card has the same styles and box as on a clean page`, async () => {
      const json = await loadFixture('example-four-options.json');
      const clean = await staged(json, '');
      const [cleanStyles, cleanBoxes] = [cardStyles(clean), cardBoxes(clean)];
      clean.parentElement!.remove();
      const el = await staged(json, css);
      const differences = (a: string[], b: string[]) => a.filter((line, i) => line !== b[i]).slice(0, 8).join('\n');
      expect(cardStyles(el).length, 'the same elements').to.equal(cleanStyles.length);
      expect(differences(cardStyles(el), cleanStyles), 'computed styles that differ from a clean page').to.equal('');
      expect(differences(cardBoxes(el), cleanBoxes), 'boxes that differ from a clean page').to.equal('');
      // The host's light-DOM children (the JSON-LD here) are never shown, whatever the page says.
      const script = el.querySelector('script[type="application/ld+json"]');
      expect(script !== null && script.getClientRects().length === 0, 'the JSON-LD script has no box').to.be.true;
    });
  }

  it("takes the page's font-family when --nice-pick-font is unset (inherited across the shadow boundary)", async () => {
    const el = await mount(await loadFixture('gpu-vs-tpu.json'), { wrapperStyle: 'font-family: NicePickPageFont, cursive' });
    const pageFont = cs(el.parentElement!).fontFamily;
    expect(family(pageFont)).to.equal('NicePickPageFont,cursive');
    expect(family(cs(card(el)).fontFamily), 'card font-family').to.equal(family(pageFont));
    expect(family(cs(one(el, '[part=title]')).fontFamily), 'title font-family').to.equal(family(pageFont));
  });
});

// ---------------------------------------------------------------------------------- 6. right to left

describe('styling: right-to-left mirroring', () => {
  /** The rectangle of an <li>'s own text (after its marker). */
  const textRect = (li: Element): DOMRect => {
    const text = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')!;
    const range = document.createRange();
    range.selectNodeContents(text);
    return range.getBoundingClientRect();
  };

  for (const [name, rtl] of [['example-arabic.json', true], ['gpu-vs-tpu.json', false]] as const) {
    it(`${name}: hero bar, markers and badge sit on the ${rtl ? 'right-to-left' : 'left-to-right'} side`, async () => {
      const json = await loadFixture(name);
      expect(json.dir === 'rtl', `${name} dir`).to.equal(rtl);
      const el = await mount(json);
      expect(card(el).getAttribute('dir') ?? 'ltr', 'card dir').to.equal(json.dir ?? 'ltr');
      expect(cs(card(el)).direction, 'computed direction').to.equal(rtl ? 'rtl' : 'ltr');

      const hero = cs(one(el, '[part=hero]'));
      const [start, end] = rtl ? [hero.borderRightWidth, hero.borderLeftWidth] : [hero.borderLeftWidth, hero.borderRightWidth];
      expect(px(start) > 0 && px(end) === 0, `hero bar on the ${rtl ? 'right' : 'left'} (left ${hero.borderLeftWidth}, right ${hero.borderRightWidth})`).to.be.true;

      for (const li of all(el, '[part=pro], [part=con]')) {
        const marker = li.querySelector('[part$=marker]')!.getBoundingClientRect();
        const text = textRect(li);
        const ok = rtl ? marker.left >= text.right - 0.5 : marker.right <= text.left + 0.5;
        expect(ok, `${li.outerHTML}: marker ${marker.left}-${marker.right}, text ${text.left}-${text.right}`).to.be.true;
      }

      const badge = one(el, '[part=badge]').getBoundingClientRect();
      const kind = one(el, '[part~=option-pick] [part=kind]').getBoundingClientRect();
      expect(Math.abs(badge.top - kind.top) < kind.height, 'badge on the kind line').to.be.true;
      const ok = rtl ? badge.right <= kind.left + 0.5 : badge.left >= kind.right - 0.5;
      expect(ok, `badge ${badge.left}-${badge.right} ${rtl ? 'left' : 'right'} of kind ${kind.left}-${kind.right}`).to.be.true;
    });
  }
});
