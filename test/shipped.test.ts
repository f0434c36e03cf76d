// What ships is what is tested: the other browser tests run the TypeScript sources, but readers
// get dist/nice-pick.js (ES module) or dist/nice-pick.iife.js (classic script), whose templates a
// minifier has rewritten. Every fixture is rendered by all three builds, and their shadow trees
// must match node for node (whitespace-only text included) and box for box.
// The three builds each define <nice-pick>, so each gets its own same-origin iframe, all of one
// width. npm test builds dist/ before the browser tests run.
import { expect } from '@open-wc/testing';
import { FIXTURES, loadFixture } from './fixtures.js';

const WIDTH = 900;

const BUILDS = {
  source: '<script type="module">import "/src/define.ts";</script>',
  'dist/nice-pick.js': '<script type="module" src="/dist/nice-pick.js"></script>',
  'dist/nice-pick.iife.js': '<script src="/dist/nice-pick.iife.js"></script>',
};
type Build = keyof typeof BUILDS;

/** An iframe of WIDTH px whose page has loaded `script` and defined <nice-pick>. */
const frameWith = async (script: string): Promise<HTMLIFrameElement> => {
  const frame = document.createElement('iframe');
  // All three at the top left, over each other: WebKit holds back work in frames out of view.
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${WIDTH}px; height: 600px; border: 0`;
  // srcdoc pages are same-origin with this one and resolve /dist/… and /src/… against it.
  frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">${script}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('nice-pick');
  return frame;
};

/** Renders `data` in the frame and waits for its load event and the fonts (boxes are read after). */
const render = async (frame: HTMLIFrameElement, data: unknown): Promise<ShadowRoot> => {
  const doc = frame.contentDocument!;
  doc.querySelector('nice-pick')?.remove();
  const el = doc.createElement('nice-pick') as HTMLElement & { data: unknown };
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('load', resolve, { once: true });
    el.addEventListener('error', () => reject(new Error('the card refused a fixture')), { once: true });
  });
  el.data = data;
  doc.body.append(el);
  await loaded;
  await doc.fonts.ready;
  return el.shadowRoot!;
};

/**
 * The shadow tree as lines, one a node, indented by depth: elements with their attributes
 * (sorted by name), text nodes exactly, as JSON strings so whitespace shows.
 *
 * Comments are left out. They are all Lit's part markers: `<!--?lit$…$-->` and empty `<!---->`
 * comments that mark where a binding's content begins and ends. Their text is random per page
 * load (Lit picks a fresh marker number), the source build runs Lit's development mode while
 * dist/ runs its production mode, and they have neither text nor a box, so no reader and no
 * assistive technology meets them. They still split the text around them into separate text
 * nodes, and those are compared one by one, so a space the minifier drops next to a binding
 * is caught.
 */
const serialize = (root: Node): string[] => {
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    for (const child of node.childNodes) {
      const pad = '  '.repeat(depth);
      if (child.nodeType == Node.TEXT_NODE) lines.push(pad + JSON.stringify(child.nodeValue));
      else if (child.nodeType == Node.ELEMENT_NODE) {
        const el = child as Element;
        const attributes = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
        lines.push(`${pad}<${el.localName}${attributes.map((a) => ` ${a}`).join('')}>`);
        walk(el, depth + 1);
      }
    }
  };
  walk(root, 0);
  return lines;
};

/** Every element's box size in the shadow tree, in tree order. */
const boxes = (root: ShadowRoot): { name: string; width: number; height: number }[] =>
  [...root.querySelectorAll('*')].map((el) => {
    const { width, height } = el.getBoundingClientRect();
    return { name: `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`, width, height };
  });

describe('the shipped builds render every fixture as the sources do', () => {
  const frames = {} as Record<Build, HTMLIFrameElement>;

  before(async () => {
    for (const [build, script] of Object.entries(BUILDS)) frames[build as Build] = await frameWith(script);
  });

  after(() => {
    for (const frame of Object.values(frames)) frame.remove();
  });

  for (const name of FIXTURES) {
    it(`${name}: the same shadow DOM and the same boxes in src/, dist/nice-pick.js and dist/nice-pick.iife.js`, async () => {
      const data = await loadFixture(name);
      const roots = {} as Record<Build, ShadowRoot>;
      for (const build of Object.keys(BUILDS) as Build[]) roots[build] = await render(frames[build], data);
      const expected = serialize(roots.source);
      const expectedBoxes = boxes(roots.source);
      expect(expected.length, 'the source build rendered a card').to.be.above(20);
      for (const build of ['dist/nice-pick.js', 'dist/nice-pick.iife.js'] as const) {
        expect(serialize(roots[build]).join('\n'), `${build}: its shadow DOM`).to.equal(expected.join('\n'));
        const actual = boxes(roots[build]);
        expect(actual.map((b) => b.name)).to.deep.equal(expectedBoxes.map((b) => b.name));
        actual.forEach((box, i) => {
          const want = expectedBoxes[i];
          const where = `${build}: element ${i}, ${box.name}`;
          expect(box.width, `${where}: width`).to.be.closeTo(want.width, 0.5);
          expect(box.height, `${where}: height`).to.be.closeTo(want.height, 0.5);
        });
      }
    });
  }
});
