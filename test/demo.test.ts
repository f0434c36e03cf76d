// The demo page (`npm start`) as a newcomer sees it: well-written sample comparisons first (the
// files in examples/), the real nicepick.dev pages (test data, flaws included) only further down
// and folded, and an events log that lists every card's load or error, including the cards that
// load at once (inline JSON) or fail at once (bad data).
import { expect } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function demo() {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frames.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = '/demo/index.html';
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** Resolves when `check` holds, polled each frame (the demo's slow card answers after 3 s). */
async function until(check: () => boolean, what: string, ms = 8000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(requestAnimationFrame);
  }
}

describe('the demo page', () => {
  it('the events log has one line for each card, the inline card and the invalid data among them', async () => {
    const doc = await demo();
    const cards = doc.querySelectorAll('nice-pick');
    const lines = () => [...doc.querySelectorAll('#events li')].map((li) => li.textContent!);
    await until(() => lines().length >= cards.length, `${cards.length} events`);
    expect(lines()).to.have.length(cards.length);
    expect(lines()).to.include('load: Tabs vs Spaces');
    expect(lines().filter((line) => line.startsWith('error: invalid:'))).to.have.length(1);
  });

  it('shows the sample comparisons first, and folds the real nicepick.dev pages away', async () => {
    const doc = await demo();
    const examples = await (await fetch('/examples/sqlite-vs-postgresql.json')).json();
    const first = doc.querySelector('nice-pick')!;
    await until(() => !!first.shadowRoot?.querySelector('[part~=title]'), 'the first card');
    expect(first.shadowRoot!.querySelector('[part~=title]')!.textContent!.trim()).to.equal(examples.title);
    const folded = [...doc.querySelectorAll('details nice-pick')];
    expect(folded.map((el) => el.getAttribute('src'))).to.have.length(4).and.satisfy((srcs: string[]) => srcs.every((src) => src.includes('/fixtures/')));
    expect(folded.every((el) => !el.closest('details')!.open), 'folded by default').to.equal(true);
    // every card above that section reads from examples/ or inline JSON
    const section = folded[0].closest('section')!;
    const before = [...doc.querySelectorAll('nice-pick')].filter((el) => el.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before.length).to.be.greaterThan(5);
    for (const el of before) expect(el.getAttribute('src') ?? 'inline or data property').not.to.include('fixtures');
  });

  it('the French card shows the translations\' words from the labels property', async () => {
    const doc = await demo();
    const french = doc.querySelector('#french')!;
    const text = () => french.shadowRoot?.textContent!.replace(/\s+/g, ' ') ?? '';
    await until(() => text().includes('Le verdict'), 'the French words');
    expect(text()).to.include('Vélo ou transports en commun');
    expect(text()).not.to.include('The Verdict');
  });
});
