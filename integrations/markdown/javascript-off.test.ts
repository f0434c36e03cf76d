// The built Eleventy page (integrations/test/markdown-sites.test.ts writes it to markdown/built/)
// with JavaScript off, in every engine: framed with sandbox="allow-same-origin" and without
// allow-scripts, nothing in it runs, not even the element's definition, yet this page can read its
// DOM. Each card must show itself whole from its declarative shadow root: every string of its
// inline JSON, its title at the inferred heading level, its pros and cons as lists, and at a wide
// width its two columns side by side.
import { expect } from '@open-wc/testing';
import { visibleStrings } from './strings.js';

const PAGE = '/integrations/markdown/built/eleventy/index.html';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** The built page, framed with scripts off, `width` px wide. */
async function scriptless(width: number): Promise<Document> {
  const response = await fetch(PAGE, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${PAGE} is missing: the Node tests build it (npm run test:integrations runs them first)`);
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-same-origin');
  iframe.title = 'built page, scripts off';
  iframe.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: 900px; border: 0; background: white`;
  frames.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = PAGE;
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** The text a reader sees: no styles, no aria-hidden decorations (the list markers), white space
 * folded. (Node types, not instanceof: the frame's nodes are of its own window's classes.) */
const text = (node: Node): string => {
  const own = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE
      ? (n.nodeValue ?? '')
      : n.nodeType === Node.ELEMENT_NODE && ((n as Element).localName === 'style' || (n as Element).getAttribute('aria-hidden') === 'true')
        ? ''
        : [...n.childNodes].map(own).join('');
  return own(node).replace(/\s+/g, ' ').trim();
};
const visible = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
};

describe('a built page with JavaScript off', () => {
  it('shows every card whole from its declarative shadow root', async () => {
    const page = await scriptless(1100);
    const cards = [...page.querySelectorAll('nice-pick')];
    expect(cards.length, 'the page has its four cards').to.equal(4);
    // No script ran in the frame: the element was never defined there.
    expect(page.defaultView!.customElements.get('nice-pick'), 'no definition').to.equal(undefined);
    for (const card of cards) {
      const data = JSON.parse(card.querySelector('script[type="application/json"]')!.textContent!);
      const root = card.shadowRoot;
      expect(root, `${data.title}: a shadow root from the HTML alone`).to.not.equal(null);
      const shown = text(root!);
      for (const s of visibleStrings(data)) expect(shown, `${data.title} shows it`).to.include(s.replace(/\s+/g, ' '));

      const title = root!.querySelector('[part~="title"]')!;
      expect(visible(title), `${data.title}: the title is on screen`).to.equal(true);
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level'), `${data.title}: the inferred level`).to.equal(card.getAttribute('heading-level'));

      const options = [...root!.querySelectorAll('[part~="option"]')];
      expect(options.length).to.equal(data.options.length);
      options.forEach((option, i) => {
        const items = (part: string) => [...option.querySelectorAll(`ul[part~="${part}"] > li`)].map(text);
        expect(items('pros'), `${data.options[i].name}: its pros, a list`).to.deep.equal(data.options[i].pros);
        expect(items('cons'), `${data.options[i].name}: its cons, a list`).to.deep.equal(data.options[i].cons);
        expect(visible(option), `${data.options[i].name}: on screen`).to.equal(true);
      });
      // Two columns side by side: the same top, the second to the right of the first.
      const [first, second] = options.map((option) => option.getBoundingClientRect());
      expect(Math.abs(first.top - second.top), `${data.title}: the columns start level`).to.be.below(1);
      expect(second.left, `${data.title}: side by side`).to.be.at.least(first.right);
    }
  });

  it('shows the fixed words of the lang: fr card in French', async () => {
    const page = await scriptless(1100);
    const french = [...page.querySelectorAll('nice-pick')].find((card) => card.querySelector('script')!.textContent!.includes('"lang":"fr"'))!;
    const shown = text(french.shadowRoot!);
    for (const word of ['Notre choix', 'Avantages', 'Inconvénients', 'Le verdict']) expect(shown).to.include(word);
    expect(shown).to.not.include('Pros');
  });
});
