// Screenshots of the card, compared pixel by pixel with the committed PNGs in test/visual/baseline/,
// at pixelmatch threshold 0.02 (web-test-runner.config.mjs says why): a changed colour fails, a
// glyph edge drawn a little differently does not.
// Chromium only (web-test-runner.config.mjs keeps test/visual/ out of Firefox and WebKit: every
// engine draws text its own way). After an intended change to the look, remake the baselines with
// `npm run test:update-screenshots`, look at them, and commit them; a failed comparison leaves the
// new screenshot and a diff image in test/visual/failed/ (git-ignored).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import * as visualRegression from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { NicePick } from '../../src/index.js';
import { loadFixture } from '../fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// The package's index.d.ts re-exports './browser/commands.mjs', whose types sit in commands.d.ts,
// so TypeScript finds no `visualDiff` there: this is its declared type (browser/commands.d.ts).
const { visualDiff } = visualRegression as unknown as {
  visualDiff(element: Node, name: string): Promise<void>;
};

/** Emulation.setEmulatedMedia (the config's `nice-pick-emulate-media` command); `{}` resets. */
type Media = { media?: 'print' | 'screen'; features?: { name: string; value: string }[] };
const emulate = (media: Media) => executeServerCommand('nice-pick-emulate-media', media);

// the demo page's font, set here so the pictures do not hang on the test page's default font
const FONT = '16px/1.5 system-ui, sans-serif';

/** A <nice-pick> in a wrapper of `width` px, not yet given anything to show. */
async function host(width: number, theme = 'light'): Promise<NicePick> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px; font:${FONT}"><nice-pick theme=${theme}></nice-pick></div>`,
  );
  return wrapper.querySelector('nice-pick')!;
}

/** Waits until what the screenshot would show is final: the render and the fonts. */
async function settled(el: NicePick): Promise<HTMLElement> {
  await el.updateComplete;
  await document.fonts.ready;
  // two frames: style, layout and paint of the last render are done
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el.shadowRoot!.querySelector<HTMLElement>('[part~=card]')!;
}

/** The card showing fixtures/`name`, after its `load` event. */
async function loadedCard(name: string, width: number, theme = 'light'): Promise<HTMLElement> {
  const el = await host(width, theme);
  const loaded = oneEvent(el, 'load');
  el.data = await loadFixture(name);
  await loaded;
  const card = await settled(el);
  expect(card.getAttribute('part'), 'the card shows the comparison').to.equal('card');
  return card;
}

before(async () => {
  // wider than the widest card (1200px), so no test's card is cut by the viewport
  await setViewport({ width: 1300, height: 900 });
});

afterEach(async () => {
  await emulate({});
});

describe('screenshots (Chromium)', () => {
  it('light theme', async () => {
    await visualDiff(await loadedCard('gpu-vs-tpu.json', 900, 'light'), 'light');
  });

  it('dark theme', async () => {
    await visualDiff(await loadedCard('gpu-vs-tpu.json', 900, 'dark'), 'dark');
  });

  it('narrow column, 320px', async () => {
    await visualDiff(await loadedCard('gpu-vs-tpu.json', 320), 'narrow-320');
  });

  it('right to left (Arabic)', async () => {
    const card = await loadedCard('example-arabic.json', 900);
    expect(card.getAttribute('dir'), 'the card is laid out right to left').to.equal('rtl');
    await visualDiff(card, 'rtl');
  });

  it('three options in one row, 1000px', async () => {
    await visualDiff(await loadedCard('example-three-options.json', 1000), 'three-options');
  });

  it('four options in one row, 1200px', async () => {
    await visualDiff(await loadedCard('example-four-options.json', 1200), 'four-options');
  });

  it('forced colours (Windows high contrast)', async () => {
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
    await visualDiff(await loadedCard('gpu-vs-tpu.json', 900), 'forced-colors');
  });

  it('print: a dark-theme card on paper, with link addresses', async () => {
    await emulate({ media: 'print' });
    expect(matchMedia('print').matches, 'print media emulated').to.be.true;
    await visualDiff(await loadedCard('example-four-options.json', 900, 'dark'), 'print');
  });

  it('error: invalid data', async () => {
    const el = await host(600);
    const failed = oneEvent(el, 'error');
    // the card also says so in a console.warn: keep it out of the test output
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.data = { options: [{ name: 1 }] } as Json;
      await failed;
    } finally {
      console.warn = warn;
    }
    const card = await settled(el);
    expect(card.getAttribute('role'), 'the error card is shown').to.equal('alert');
    await visualDiff(card, 'error');
  });

  it('loading', async () => {
    const el = await host(600);
    // the test server answers after 5 s; the card is removed (and its request aborted) long before
    el.src = '/__test__/json?file=gpu-vs-tpu.json&delay=5000';
    await waitUntil(() => el.shadowRoot?.querySelector('[role=status]'), 'the loading placeholder shows');
    const card = await settled(el);
    expect(card.getAttribute('part'), 'still loading').to.equal('card loading');
    await visualDiff(card, 'loading');
  });
});
