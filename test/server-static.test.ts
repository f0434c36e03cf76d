// The server-rendered card (nice-pick/server, made in Node by the /__test__/server-html
// endpoint) in a page where no script ever runs: a sandboxed iframe without allow-scripts. The
// element is never defined there, yet the whole card shows, laid out and styled, from the
// declarative shadow root alone: what readers with scripts off, and feed readers, get.
import { expect } from '@open-wc/testing';
import { FIXTURES, loadFixture } from './fixtures.js';
import { img, markupInData } from './hostile.js';
import { visibleStrings } from './visible-strings.js';
import { ownText, serverHtml } from './support/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * `html` in a page of its own, 800px wide, with scripts disabled (sandbox without allow-scripts;
 * allow-same-origin only so the test can read it). A script in the page proves they are off.
 */
async function staticPage(html: string) {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 800px; height: 3000px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No script</title></head><body>' +
    `${html}<script>document.documentElement.dataset.ran = 'yes'</script></body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  expect(doc.documentElement.dataset.ran, 'scripts are off in this page').to.equal(undefined);
  expect(frame.contentWindow!.customElements.get('nice-pick') === undefined, 'the element is never defined').to.equal(true);
  const host = doc.querySelector('nice-pick')!;
  expect(host !== null && host.shadowRoot !== null, 'a shadow root from the HTML alone').to.equal(true);
  return { doc, host, root: host.shadowRoot! };
}

const laidOut = (el: Element): boolean => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

/** Every visible string of `json` is in its part, in order, with a box on screen. */
function expectWholeCard(root: ShadowRoot, json: Json, what: string) {
  for (const [part, texts] of visibleStrings(json)) {
    const found = [...root.querySelectorAll(`[part~="${part}"]`)];
    expect(found.map(ownText), `${what}: ${part}`).to.deep.equal(texts);
    expect(
      found.filter((el) => !laidOut(el)).map((el) => el.getAttribute('part')),
      `${what}: ${part} laid out`,
    ).to.deep.equal([]);
  }
}

describe('server-rendered HTML, with scripts off', () => {
  for (const name of FIXTURES) {
    it(`${name}: the whole card shows, styled`, async () => {
      const json = await loadFixture(name);
      const { root } = await staticPage(await serverHtml(name));
      expectWholeCard(root, json, name);
      const card = root.querySelector('article')!;
      const style = getComputedStyle(card);
      expect(style.borderTopStyle, 'the card has its border').to.equal('solid');
      expect(style.borderTopWidth).to.equal('1px');
      expect(getComputedStyle(root.querySelector('[part=options]')!).display, 'the columns are a grid').to.equal('grid');
      const columns = [...root.querySelectorAll('[part~=option]')].map((el) => el.getBoundingClientRect());
      if (json.options.length == 2) {
        expect(columns[0].top, `${name}: two columns side by side at 800px`).to.equal(columns[1].top);
      }
      expect(getComputedStyle(card).direction).to.equal(json.dir === 'rtl' ? 'rtl' : 'ltr');
    });
  }

  it('theme="dark" from the server: the dark background without a script', async () => {
    const { root, host } = await staticPage(await serverHtml('gpu-vs-tpu.json', 'theme=dark&heading-level=3'));
    expect(host.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(root.querySelector('article')!).backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(root.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('3');
    const light = await staticPage(await serverHtml('gpu-vs-tpu.json', 'theme=light'));
    expect(getComputedStyle(light.root.querySelector('article')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('markup in the data shows as text; no element is made from it', async () => {
    const { root, doc } = await staticPage(await serverHtml(markupInData, 'structured-data=1'));
    expect(root.querySelectorAll('img, b').length, 'no img or b in the card').to.equal(0);
    expect(doc.querySelectorAll('img, b').length, 'none in the page').to.equal(0);
    expect(root.querySelector('[part=label]')!.textContent).to.equal(img);
    expectWholeCard(root, markupInData, 'hostile');
    const scripts = [...doc.querySelectorAll('nice-pick > script')].map((s) => s.getAttribute('type'));
    expect(scripts).to.deep.equal(['application/json', 'application/ld+json']);
  });
});
