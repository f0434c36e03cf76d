// Server-rendered HTML (nice-pick/server), then the script: the element takes over the card the
// server drew without a flash or a jump. Each page is an iframe that parses the server's HTML as
// a browser would, then loads the shipped bundle (dist/nice-pick.js, built by npm test first).
// Every animation frame from the first paint on is sampled: the card must be there, whole and the
// same height, in each; afterwards the element answers to new data and fires its events.
import { expect, waitUntil } from '@open-wc/testing';
import { serverHtml } from './support/helpers.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

interface Sample {
  articles: number;
  height: number;
  styled: boolean;
}

/**
 * What a frame shows of the card: how many cards, its height, whether its styles apply. From the
 * first frame after the parser has passed the card (the paragraph below it exists): a frame
 * before that shows a page not yet parsed, which no script can change.
 */
const SAMPLER = `
  window.samples = [];
  const sample = () => {
    if (!document.getElementById('below')) return requestAnimationFrame(sample);
    const root = document.querySelector('nice-pick')?.shadowRoot;
    const article = root?.querySelector('article');
    window.samples.push({
      articles: root ? root.querySelectorAll('article').length : 0,
      height: article ? article.getBoundingClientRect().height : 0,
      styled: article ? getComputedStyle(article).borderTopStyle === 'solid' : false,
    });
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);`;

/** A page with the server's card and, after it, the bundle as a blogger embeds it. */
async function page(file: string) {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.style.cssText = 'width: 800px; height: 3000px; border: 0';
  const html = await serverHtml(file);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server card</title>' +
    `<script>${SAMPLER}</script></head><body>${html}<p id="below">Text below the card.</p>` +
    // The bundle takes a moment, as it does over a network: the server's card paints first.
    `<script type="module">await new Promise((r) => setTimeout(r, 300));` +
    `window.events = [];` +
    `const card = document.querySelector('nice-pick');` +
    `for (const type of ['load', 'error']) card.addEventListener(type, (e) => events.push(type + ':' + (e.detail?.title ?? e.message)));` +
    `await import('${location.origin}/dist/nice-pick.js');</script></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { samples: Sample[]; events: string[] };
  const card = () => frame.contentDocument!.querySelector('nice-pick') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  // Until the bundle has defined the element and it has rendered.
  await waitUntil(() => win.customElements.get('nice-pick') && win.events?.length, 'the bundle takes over the card', { timeout: 5000 });
  return { win, card };
}

describe('the element takes over server-rendered HTML', () => {
  it('no frame without the card, no second card, no change of height', async () => {
    const { win, card } = await page('gpu-vs-tpu.json');
    expect(win.customElements.get('nice-pick') !== undefined, 'the bundle defined the element').to.equal(true);
    await card().updateComplete;
    // A few frames after the takeover too.
    const sampled = win.samples.length;
    await waitUntil(() => win.samples.length >= sampled + 5, 'five more frames sampled', { timeout: 5000 });
    const samples = win.samples;
    expect(samples.length, 'frames sampled').to.be.above(5);
    const heights = new Set(samples.map((s) => Math.round(s.height)));
    expect(
      samples.filter((s) => s.articles !== 1 || !s.styled).length,
      `frames without exactly one styled card: ${JSON.stringify(samples.filter((s) => s.articles !== 1 || !s.styled).slice(0, 3))}`,
    ).to.equal(0);
    expect([...heights], 'the card keeps its height through the takeover').to.have.length(1);
    // The element's own render replaced the server's: its styles are adopted, the server's
    // <style> element is gone, and it announced the comparison it shows.
    const root = card().shadowRoot!;
    expect(root.adoptedStyleSheets.length, 'adopted styles').to.equal(1);
    expect(root.querySelectorAll('style').length, 'no server <style> left').to.equal(0);
    expect(win.events).to.deep.equal(['load:GPU Training vs TPU Training']);
  });

  it('afterwards new data re-renders it and fires load', async () => {
    const { win, card } = await page('gpu-vs-tpu.json');
    await card().updateComplete;
    const other = await (await fetch('/fixtures/technical-debt-vs-clean-code.json')).json();
    card().data = other;
    await card().updateComplete;
    const root = card().shadowRoot!;
    expect(root.querySelector('[part=title]')!.textContent).to.equal(other.title);
    expect(root.querySelectorAll('article').length, 'one card').to.equal(1);
    expect(win.events).to.deep.equal(['load:GPU Training vs TPU Training', `load:${other.title}`]);
  });

});
