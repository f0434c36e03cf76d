// What the print and forced-colours screenshots (screenshots.test.ts) show, as computed styles, so
// a failure names the cause. Chromium only, like every file in test/visual/: the media emulation
// is the config's `nice-pick-emulate-media` command (DevTools protocol Emulation.setEmulatedMedia).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NicePick } from '../../src/index.js';
import { loadFixture } from '../fixtures.js';

type Media = { media?: 'print' | 'screen'; features?: { name: string; value: string }[] };
const emulate = (media: Media) => executeServerCommand('nice-pick-emulate-media', media);

async function loadedCard(name: string, theme: string): Promise<NicePick> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><nice-pick theme=${theme}></nice-pick></div>`);
  const el = wrapper.querySelector('nice-pick')!;
  const loaded = oneEvent(el, 'load');
  el.data = await loadFixture(name);
  await loaded;
  await el.updateComplete;
  return el;
}

const card = (el: NicePick) => el.shadowRoot!.querySelector<HTMLElement>('[part~=card]')!;

/** rgb()/rgba() -> [r, g, b, a], channels 0-255 and alpha 0-1. */
function channels(color: string): number[] {
  const m = /^rgba?\(([^)]+)\)$/.exec(color);
  if (!m) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** WCAG relative luminance: 0 black .. 1 white. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

afterEach(async () => {
  await emulate({});
});

describe('print (Chromium, emulated print media)', () => {
  it('a dark-theme card prints light: light background, dark text', async () => {
    const el = await loadedCard('gpu-vs-tpu.json', 'dark');
    // on screen the dark theme is dark, so the change below is print's doing
    const screen = getComputedStyle(card(el));
    expect(luminance(screen.backgroundColor), `screen background ${screen.backgroundColor}`).to.be.below(0.1);

    await emulate({ media: 'print' });
    expect(matchMedia('print').matches, 'print media emulated').to.be.true;
    const print = getComputedStyle(card(el));
    expect(luminance(print.backgroundColor), `print background ${print.backgroundColor} is light`).to.be.above(0.9);
    expect(luminance(print.color), `print text ${print.color} is dark`).to.be.below(0.1);
  });

  it('web links show their address after the link text', async () => {
    const el = await loadedCard('example-four-options.json', 'light');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^=http]')];
    expect(links.length, 'the fixture has web links').to.be.at.least(2);
    for (const a of links) {
      expect(getComputedStyle(a, '::after').content, `on screen: no ::after on ${a.href}`).to.equal('none');
    }

    await emulate({ media: 'print' });
    for (const a of links) {
      const href = a.getAttribute('href')!;
      const content = getComputedStyle(a, '::after').content;
      if (a.textContent!.trim() === href) {
        // The contact's web link shows its address as its text: printed once, not twice.
        expect(content, `print: the link that reads ${href} adds nothing`).to.equal('none');
      } else expect(content, `print: ::after of the link to ${href}`).to.include(href);
    }
    expect(links.some((a) => a.textContent!.trim() === a.getAttribute('href')), 'the fixture has a link that reads as its address').to.be.true;
  });
});

describe('prefers-color-scheme (Chromium, emulated)', () => {
  const bg = (el: NicePick) => getComputedStyle(card(el)).backgroundColor;
  afterEach(() => document.documentElement.style.removeProperty('color-scheme'));

  it('theme="auto" on a page that declares no scheme follows the reader: dark when they prefer dark', async () => {
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark preference emulated').to.be.true;
    const auto = await loadedCard('gpu-vs-tpu.json', 'auto');
    expect(luminance(bg(auto)), `auto background ${bg(auto)} is dark`).to.be.below(0.1);
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    expect(luminance(bg(auto)), `then light: ${bg(auto)}`).to.be.above(0.9);
  });

  it('a page that declares light keeps the card light for a reader who prefers dark', async () => {
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    document.documentElement.style.colorScheme = 'light';
    const auto = await loadedCard('gpu-vs-tpu.json', 'auto');
    expect(luminance(bg(auto)), `background ${bg(auto)} is light`).to.be.above(0.9);
  });
});

describe('forced colours (Chromium, emulated forced-colors: active)', () => {
  it('the "Nice Pick" badge keeps a visible outline', async () => {
    const el = await loadedCard('gpu-vs-tpu.json', 'light');
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
    expect(badge, 'the card has a badge').to.exist;

    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
    const style = getComputedStyle(badge);
    for (const side of SIDES) {
      expect(style[`border${side}Style`], `border-${side.toLowerCase()}-style`).to.equal('solid');
      expect(parseFloat(style[`border${side}Width`]), `border-${side.toLowerCase()}-width`).to.be.above(0);
      const color = style[`border${side}Color`];
      expect(channels(color)[3], `border-${side.toLowerCase()}-color ${color} is not transparent`).to.be.above(0);
    }
  });
});
