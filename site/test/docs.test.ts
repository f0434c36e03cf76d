// The built docs pages (site/dist/docs/) in an iframe, in every engine: axe in light and dark with
// no CSP violation, the cards a ```nice-pick block made at build time shown laid out with no
// script, the search box finding a page and leading to it, the skip link, and a phone's width.
// `npm run test:site` builds site/dist/ first.
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from './support/frames.js';

const DOCS = '/site/dist/docs/';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

const win = (iframe: HTMLIFrameElement) => iframe.contentWindow as Window & { __violations?: string[]; axe?: any };
const doc = (iframe: HTMLIFrameElement) => iframe.contentDocument!;

describe('the docs pages: axe and CSP', () => {
  for (const page of ['index', 'getting-started', 'data-format', 'styling', 'api']) {
    for (const scheme of ['light', 'dark']) {
      it(`${page}.html, ${scheme}: no axe violation, no CSP violation`, async () => {
        const iframe = await loadFrame(frames, `${DOCS}${page}.html?test=1`, { width: 1300, height: 900 });
        // the pages follow the reader's scheme (color-scheme: light dark); this picks one
        doc(iframe).documentElement.style.colorScheme = scheme;
        const results = await win(iframe).axe.run(doc(iframe));
        const violations = results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
        expect(violations).to.deep.equal([]);
        expect(win(iframe).__violations).to.deep.equal([]);
      });
    }
  }
});

describe('the docs pages: what a reader gets', () => {
  it('a card made at build time shows, styled and in two columns, with no script for the element', async () => {
    const iframe = await loadFrame(frames, `${DOCS}data-format.html`, { width: 1300, height: 900 });
    expect(win(iframe).customElements.get('nice-pick'), 'the element is never defined here').to.equal(undefined);
    const card = doc(iframe).querySelector('nice-pick')!;
    const root = card.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    expect(root.querySelector('[part=title]')!.textContent!.trim()).to.equal('SQLite vs PostgreSQL for a small web app');
    const [first, second] = [...root.querySelectorAll('[part~=option]')].map((el) => el.getBoundingClientRect());
    expect(Math.abs(first.top - second.top), 'side by side').to.be.below(2);
    expect(second.left).to.be.above(first.right - 1);
    // its stylesheet ran (allowed by its hash): the pick's column has the accent's 2px border
    expect(getComputedStyle(root.querySelector('[part~=option-pick]')!).borderTopWidth).to.equal('2px');
  });

  it('the search box finds a page by its words and leads to it', async () => {
    const iframe = await loadFrame(frames, `${DOCS}index.html`, { width: 1300, height: 900 });
    const input = doc(iframe).querySelector<HTMLInputElement>('#search-input')!;
    expect(doc(iframe).querySelector(`label[for=search-input]`)!.textContent).to.equal('Search the docs');
    input.value = 'trusted types';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => doc(iframe).querySelector('#search-results a'), 'search results', { timeout: 10000 });
    const links = [...doc(iframe).querySelectorAll<HTMLAnchorElement>('#search-results a')];
    const safety = links.find((a) => a.textContent === 'Safety and Content Security Policy');
    expect(safety, links.map((a) => a.textContent).join(', ')).to.not.equal(undefined);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    safety!.click();
    await loaded;
    expect(doc(iframe).querySelector('h1')!.textContent).to.equal('Safety and Content Security Policy');
  });

  it('the first key press reaches "Skip to the content", which leads to the page', async () => {
    const iframe = await loadFrame(frames, `${DOCS}styling.html`, { width: 1300, height: 900 });
    const focusable = doc(iframe).querySelector('a, button, input')!;
    expect(focusable.textContent).to.equal('Skip to the content');
    expect(focusable.getAttribute('href')).to.equal('#content');
    expect(doc(iframe).querySelector('#content')!.tagName).to.equal('MAIN');
  });

  it('at a phone\'s width: nothing scrolls sideways, and "On this page" comes before the text', async () => {
    const iframe = await loadFrame(frames, `${DOCS}styling.html`, { width: 390, height: 800 });
    const root = doc(iframe).documentElement;
    expect(root.scrollWidth, 'no sideways scrolling').to.be.at.most(root.clientWidth);
    const toc = doc(iframe).querySelector('.toc')!.getBoundingClientRect();
    const main = doc(iframe).querySelector('main')!.getBoundingClientRect();
    expect(toc.bottom).to.be.at.most(main.top + 1);
    expect(doc(iframe).querySelector('.toc h2')!.textContent).to.equal('On this page');
  });
});
