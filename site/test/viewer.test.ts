// The built viewer (site/dist/embed/) in an iframe, in every engine: what a share link shows,
// each broken link's message, the height it posts and the resize snippet that follows it,
// CSP and axe. `npm run test:site` builds site/dist/ first.
import { expect, waitUntil } from '@open-wc/testing';
import { amp, bold, img, markupInData } from '../../test/hostile.js';
import { decodeComparison, encodeComparison } from '../src/share.js';
import { loadFrame } from './support/frames.js';

const VIEWER = '/site/dist/embed/index.html';
const tiny = (title: string) => ({ title, options: [{ name: 'Tabs', pros: ['one key'], cons: [] }, { name: 'Spaces', pros: [], cons: ['four keys'] }] });

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  document.querySelectorAll('script[data-resize]').forEach((s) => s.remove());
});

/** An iframe of `src`, in the page's flow, loaded. */
const frame = (src: string, width = 800) => loadFrame(frames, src, { width, height: 150, title: 'comparison', inFlow: true });

const doc = (iframe: HTMLIFrameElement) => iframe.contentDocument!;
const win = (iframe: HTMLIFrameElement) => iframe.contentWindow as Window & { __pwned?: number; __violations?: string[]; axe?: any };

/** The viewer's card, once it has drawn its comparison. */
async function card(iframe: HTMLIFrameElement) {
  await waitUntil(() => doc(iframe).querySelector('nice-pick')?.shadowRoot?.querySelector('h2, h1, h3, h4'), 'the card shows', { timeout: 8000 });
  return doc(iframe).querySelector('nice-pick')!;
}

/** The viewer's message for a link it cannot show. */
async function alertText(iframe: HTMLIFrameElement) {
  await waitUntil(() => doc(iframe).querySelector('#viewer > [role=alert]'), 'the message shows', { timeout: 8000 });
  expect(doc(iframe).querySelector('nice-pick')).to.equal(null);
  return doc(iframe).querySelector('#viewer > [role=alert]')!.textContent!;
}

/** A link's hash for raw bytes: deflate-raw, base64url. */
async function hashOfBytes(bytes: Uint8Array) {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of out) binary += String.fromCharCode(b);
  return `#c=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

describe('the share link: encode, decode, show', () => {
  it('round-trips non-ASCII and hostile strings exactly, and the card shows them as text', async () => {
    const data = { ...markupInData, title: `Äöü 日本語 😀 \u2028 ${bold} vs ${amp} </script><!--` };
    const json = JSON.stringify(data);
    const hash = `#c=${await encodeComparison(json)}`;
    expect(hash).to.match(/^#c=[A-Za-z0-9_-]+$/);
    const decoded = await decodeComparison(hash);
    expect(decoded.ok && decoded.text).to.equal(json);

    const iframe = await frame(`${VIEWER}${hash}`);
    const el = await card(iframe);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=title]')!.textContent!.trim()).to.equal(data.title.trim());
    expect(root.querySelector('[part=title]')!.getAttribute('aria-level'), 'the title is the page heading').to.equal('1');
    expect(root.textContent).to.include(img);
    expect(root.querySelector('img, b, script')).to.equal(null);
    expect(doc(iframe).querySelector('img, b')).to.equal(null);
    expect(win(iframe).__pwned).to.equal(undefined);
  });

  it('reads, byte for byte, a link that `nice-pick link` wrote (and shows it)', async () => {
    const data = { ...markupInData, title: 'Ünïcødé 🥇 vs <b>x</b> \u2029' };
    const response = await fetch('/__site__/link', { method: 'POST', body: JSON.stringify(data, null, 2) });
    const link = (await response.text()).trim();
    expect(response.status, link).to.equal(200);
    const url = new URL(link);
    expect(url.pathname).to.equal('/site/dist/embed/');
    const decoded = await decodeComparison(url.hash);
    expect(decoded.ok && decoded.text).to.equal(JSON.stringify(data));

    const iframe = await frame(link);
    const el = await card(iframe);
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal(data.title.trim());
    expect(win(iframe).__pwned).to.equal(undefined);
  });

  it('?theme=dark and ?theme=light reach the card', async () => {
    const hash = `#c=${await encodeComparison(JSON.stringify(tiny('Themes')))}`;
    for (const theme of ['dark', 'light']) {
      const el = await card(await frame(`${VIEWER}?theme=${theme}${hash}`));
      expect(el.getAttribute('theme')).to.equal(theme);
    }
  });
});

describe('a link the viewer cannot show: a message (role=alert) that says what is wrong', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['no fragment', async () => '', /holds no comparison: its address should end in #c=/],
    ['another fragment', async () => '#section-2', /should end in #c= and the comparison's data, not #section-2/],
    ['nothing after #c=', async () => '#c=', /nothing follows #c=/],
    ['not base64url', async () => '#c=abc$def', /only letters, digits, "-" and "_" may appear, but character 4 is "\$"/],
    ['base64url of impossible length', async () => '#c=abcde', /5 characters after #c= cannot be base64url data/],
    ['not deflate data', async () => '#c=_____________w', /does not decompress \(deflate-raw\)/],
    ['a link cut short', async () => (await hashOfBytes(new TextEncoder().encode(JSON.stringify(markupInData)))).slice(0, 61), /does not decompress.*cut short/],
    ['a zip bomb', async () => hashOfBytes(new TextEncoder().encode(' '.repeat(2 << 20))), /larger than 1 MB once decompressed/],
    ['not UTF-8', async () => hashOfBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), /not UTF-8 text/],
    ['not JSON', async () => hashOfBytes(new TextEncoder().encode('{"title": "A vs B",')), /not valid JSON \(.+\)\. Check the file with the command nice-pick validate FILE/],
    ['not a comparison', async () => hashOfBytes(new TextEncoder().encode('{"options": [{"name": 1}]}')), /not a valid comparison: options.*name: expected a non-empty string/],
  ];
  for (const [name, hash, message] of cases) {
    it(name, async () => {
      const text = await alertText(await frame(`${VIEWER}${await hash()}`));
      expect(text).to.match(message);
      expect(text).to.match(/nice-pick link FILE|nice-pick validate FILE|Copy the whole link again|host its JSON file/);
    });
  }
});

describe('the viewer in an iframe and the resize snippet (embed/resize.js)', () => {
  const snippet = async (origin = location.origin) => {
    const script = document.createElement('script');
    script.dataset.resize = '';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = `${origin}/site/dist/embed/resize.js`;
    document.head.append(script);
    await loaded;
  };
  const viewerHeight = (iframe: HTMLIFrameElement) => Math.ceil(doc(iframe).getElementById('viewer')!.getBoundingClientRect().height);

  it("the iframe follows the card's height as it changes", async () => {
    await snippet();
    const hash = `#c=${await encodeComparison(JSON.stringify(markupInData))}`;
    const iframe = await frame(`${VIEWER}${hash}`, 800);
    await card(iframe);
    await waitUntil(() => iframe.style.height === `${viewerHeight(iframe)}px` && viewerHeight(iframe) > 150, "the iframe takes the card's height");
    const wide = viewerHeight(iframe);
    iframe.style.width = '320px'; // narrower: the card wraps, taller
    await waitUntil(() => viewerHeight(iframe) > wide && iframe.style.height === `${viewerHeight(iframe)}px`, 'the iframe follows the taller card');
    expect(iframe.getBoundingClientRect().height).to.equal(viewerHeight(iframe));
  });

  it('a message shown instead of a card sets the height too', async () => {
    await snippet();
    const iframe = await frame(`${VIEWER}#c=!`, 320);
    await alertText(iframe);
    await waitUntil(() => iframe.style.height === `${viewerHeight(iframe)}px`, "the iframe takes the message's height");
  });

  it('ignores height messages from another origin and from the page itself', async () => {
    await snippet();
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const otherOrigin = `${location.protocol}//${other}:${location.port}`;
    const hash = `#c=${await encodeComparison(JSON.stringify(tiny('Elsewhere')))}`;
    const heard = new Promise<MessageEvent>((resolve) =>
      window.addEventListener('message', function listen(event) {
        if (event.origin === otherOrigin && event.data?.type === 'nice-pick:height' && event.data.height > 0) {
          window.removeEventListener('message', listen);
          resolve(event);
        }
      }),
    );
    // the snippet's listener was added first, so it has run by the time this one hears it
    const iframe = await frame(`${otherOrigin}${VIEWER}${hash}`);
    await heard;
    expect(iframe.style.height).to.equal('150px');

    const same = await frame(`${VIEWER}${hash}`);
    await waitUntil(() => same.style.height !== '150px', 'the same-origin viewer is followed');
    // a message of the right shape from a window that is not the iframe's: ignored too
    const forged = new Promise((resolve) => window.addEventListener('message', resolve, { once: true }));
    window.postMessage({ type: 'nice-pick:height', height: 999 }, location.origin);
    await forged;
    expect(same.style.height).not.to.equal('999px');
    expect(iframe.style.height).to.equal('150px');
  });
});

describe('the viewer under its CSP, and axe', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: no CSP violation, no axe violation`, async () => {
      const hash = `#c=${await encodeComparison(JSON.stringify(markupInData))}`;
      const iframe = await frame(`${VIEWER}?test=1&theme=${theme}${hash}`);
      await card(iframe);
      const results = await win(iframe).axe.run(doc(iframe));
      const violations = results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      expect(violations).to.deep.equal([]);
      expect(win(iframe).__violations).to.deep.equal([]);
    });
  }

  it('the message for a bad link: no axe violation', async () => {
    const iframe = await frame(`${VIEWER}?test=1&theme=dark#c=!`);
    await alertText(iframe);
    const results = await win(iframe).axe.run(doc(iframe));
    expect(results.violations.map((v: any) => v.id)).to.deep.equal([]);
  });
});
