// The studio end to end, through the REAL built page (/site/dist/studio/index.html?test=1 in an
// iframe, as studio-form.test.ts opens it), in every engine:
// 1. a comparison written in the form, taken away with the export panel's Copy buttons (the text
//    the page hands the clipboard), the script URL pointed at the built bundle on this origin, and
//    pasted into a blank page on the OTHER origin (localhost against 127.0.0.1): the card there shows
//    what the studio's preview shows (the blog post snippet, the file snippet with its downloaded
//    file beside the page, the iframe snippet);
// 2. "Copy share link", opened in a fresh studio: the same comparison, and the link's #c= part is
//    the comparison's JSON text byte for byte;
// 3. a stranger's share link full of markup and script: nothing runs, every field and the card
//    show it as text, a javascript: URL is no link.
// `npm run test:site` builds site/dist/ first.
import { expect } from '@open-wc/testing';
import { decodeComparison, encodeComparison } from '../src/share.js';
import { cardOutline, type CardOutline } from './support/card-outline.js';
import { pasted } from './support/frames.js';
import { KEY, STUDIO, card, doc, field, openStudio, stored, waitUntil } from './support/studio.js';

const SCRIPT_URL_KEY = 'nice-pick-studio:script-url';
/** The real built bundle, as an absolute URL on this origin (origin A). */
const BUNDLE = () => new URL('/site/dist/nice-pick.js', location.origin).href;

type Win = Window & { __violations?: string[]; __pwned?: unknown };

const frames: HTMLIFrameElement[] = [];
const clear = () => {
  localStorage.removeItem(KEY);
  localStorage.removeItem(SCRIPT_URL_KEY);
};
beforeEach(clear);
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  clear();
});

/** The studio in an iframe, its form and its preview drawn. */
const studio = (src = `${STUDIO}?test=1`, width = 1200) => openStudio(frames, src, { width, height: 800 });

const win = (iframe: HTMLIFrameElement) => iframe.contentWindow as Win;
const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? null;

/** What a reader sees on a card: the title, the option names, the pick. */
const seen = (root: ShadowRoot) => ({
  title: text(root.querySelector('[part~=title]')),
  options: [...root.querySelectorAll('[part~=option-name]')].map(text),
  pick: text(root.querySelector('[part~=hero-name]')),
});

/** A form field set the way typing leaves it (the value, then an input event), and the store has it. */
async function fill(iframe: HTMLIFrameElement, path: string, value: string, written: (data: any) => unknown) {
  const input = field(iframe, path);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => written(stored()) === value, `${path} is written`);
}

/** The export panel inside the studio, the clipboard intercepted: Copy gives what the page would copy. */
function exportPanel(iframe: HTMLIFrameElement) {
  const d = doc(iframe);
  const copied: string[] = [];
  Object.defineProperty(win(iframe).navigator.clipboard, 'writeText', {
    configurable: true,
    value: async (copiedText: string) => void copied.push(copiedText),
  });
  const snippet = (name: string) => d.querySelector<HTMLTextAreaElement>(`#export .export-${name} textarea`)!;
  const copy = async (name: string) => {
    const button = [...d.querySelectorAll<HTMLButtonElement>('#export button')].find((b) => b.textContent === name);
    expect(button, name).to.not.equal(undefined);
    await waitUntil(() => !button!.disabled, `${name} is on`);
    const before = copied.length;
    button!.click();
    await waitUntil(() => copied.length > before, `${name} copies`);
    return copied.at(-1)!;
  };
  const setScriptUrl = async (url: string) => {
    const input = d.querySelector<HTMLInputElement>('#export .export-script-url input')!;
    input.value = url;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => snippet('blog').value.startsWith(`<script type="module" src="${url}"></script>`), 'the blog snippet loads the bundle from there');
  };
  return { snippet, copy, setScriptUrl };
}

/** The card that a pasted page (on the other origin) reports: title, option names, pick. */
async function cardOnPage(html: string) {
  const page = await pasted(frames, html);
  await waitUntil(() => page.messages.some((m) => m.type === 'card'), 'the card shows on the other origin', { timeout: 10000 });
  page.stop();
  const { title, options, pick } = page.messages.find((m) => m.type === 'card');
  return { title, options, pick };
}

/** The studio with a comparison written in its form (title, both names, a pro), and its export
 * panel once the snippets have the last change, loading the bundle from `scriptUrl` if given. */
async function written(scriptUrl?: string) {
  const iframe = await studio();
  await fill(iframe, 'title', 'Cats vs Dogs: «ü» 😀 & "quotes"', (d) => d.title);
  await fill(iframe, 'options[0].name', 'Cats', (d) => d.options[0].name);
  await fill(iframe, 'options[1].name', 'Dogs <b>', (d) => d.options[1].name);
  await fill(iframe, 'options[1].pros[0]', 'Loyal', (d) => d.options[1].pros[0]);
  const preview = () => seen(card(iframe)!);
  await waitUntil(() => preview().options.join() === 'Cats,Dogs <b>' && card(iframe)!.textContent!.includes('Loyal'), 'the preview follows');
  const panel = exportPanel(iframe);
  if (scriptUrl) await panel.setScriptUrl(scriptUrl);
  await waitUntil(() => panel.snippet('blog').value.includes('Loyal') && panel.snippet('link').value !== '', 'the snippets have the last change');
  return { iframe, preview: preview(), panel };
}

describe('end to end: written in the studio, pasted into a page on another origin', () => {
  it('the form, the preview and the snippets agree', async () => {
    const { preview, panel } = await written();
    // the preview shows what the form wrote (the template's ids keep the pick on the first option)
    expect(preview).to.deep.equal({ title: 'Cats vs Dogs: «ü» 😀 & "quotes"', options: ['Cats', 'Dogs <b>'], pick: 'Cats' });
    expect(stored().pick).to.equal(stored().options[0].id);
    const linked = await decodeComparison(new URL(panel.snippet('link').value).hash);
    expect(linked.ok && linked.data, 'the snippets have what the form wrote').to.deep.equal(stored());
  });

  it('blog post snippet: the card on the other page is the preview', async () => {
    const { preview, panel } = await written(BUNDLE());
    const snippet = await panel.copy('Copy blog post snippet');
    expect(snippet).to.equal(panel.snippet('blog').value);
    expect(await cardOnPage(snippet)).to.deep.equal(preview);
  });

  it('file snippet: the downloaded file beside the page, the card is the preview', async () => {
    const { iframe, preview, panel } = await written(BUNDLE());
    const snippet = await panel.copy('Copy file snippet');
    const download = doc(iframe).querySelector<HTMLAnchorElement>('#export .export-file a[download]')!;
    expect(snippet).to.equal(`<script type="module" src="${BUNDLE()}"></script>\n<nice-pick src="${download.download}"></nice-pick>\n`);
    // what the Download link gives, put on the page's site under its name
    const file = await (await fetch(download.href)).text();
    expect(JSON.parse(file)).to.deep.equal(stored());
    const put = await fetch(`/__site__/page?file=${encodeURIComponent(download.download)}`, { method: 'POST', body: file });
    expect(await put.text()).to.equal(`/__site__/page/${download.download}`);
    expect(await cardOnPage(snippet)).to.deep.equal(preview);
  });

  it('iframe snippet: the viewer on the other page shows the preview\'s card', async () => {
    const { preview, panel } = await written();
    const snippet = await panel.copy('Copy iframe snippet');
    expect(snippet).to.equal(panel.snippet('iframe').value);
    const page = await pasted(frames, snippet);
    // the blank page is on the other origin; its iframe, the viewer, is on this one
    const viewer = () => page.iframe.contentWindow!.frames[0] as Window | undefined;
    const root = () => {
      try {
        return viewer()?.document.querySelector('nice-pick')?.shadowRoot?.querySelector('[part~=title]') ? viewer()!.document.querySelector('nice-pick')!.shadowRoot! : undefined;
      } catch {
        return undefined; // not yet the viewer's document
      }
    };
    await waitUntil(root, 'the viewer shows the card', { timeout: 10000 });
    page.stop();
    expect(seen(root()!)).to.deep.equal(preview);
  });
});

describe('end to end: the share link', () => {
  it('"Copy share link" opens the same comparison in a fresh studio; #c= is its JSON text byte for byte', async () => {
    const { panel } = await written();
    const original = stored();
    const link = await panel.copy('Copy share link');
    expect(link.startsWith(new URL(`${STUDIO}?test=1#c=`, location.origin).href)).to.equal(true);
    const decoded = await decodeComparison(new URL(link).hash);
    expect(decoded.ok && decoded.text).to.equal(JSON.stringify(original));

    for (const frame of frames.splice(0)) frame.remove();
    clear();
    const fresh = await studio(link);
    await waitUntil(() => field(fresh, 'title').value === original.title, 'the form shows the link’s comparison');
    await waitUntil(() => text(card(fresh)!.querySelector('[part~=title]')) === original.title, 'so does the preview');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(original);
    expect(field(fresh, 'options[1].name').value).to.equal('Dogs <b>');
  });
});

describe('end to end: a hostile share link', () => {
  const img = '<img src=x onerror=window.__pwned=1>';
  const script = '</script><script>window.__pwned=1</script>';
  const svg = '"><svg onload=window.__pwned=1>';
  const js = 'javascript:window.__pwned=1';
  const vectors = [img, script, svg];
  const hostile = {
    label: img,
    title: `${svg} vs ${script}`,
    intro: `${img} ${svg}`,
    options: [
      { id: 'one', name: img, kind: svg, summary: script, url: js, pros: [img, svg, script], cons: [svg], related: [script, { label: img, url: js }] },
      { id: 'two', name: svg, kind: script, summary: img, pros: [script], cons: [img] },
    ],
    pick: 'one',
    verdict: { text: [script, img], bottomLine: svg, reason: img },
    contact: { prompt: svg, url: js },
    labels: { pick: script, pros: img, cons: svg, relatedTo: script, verdict: img, bottomLine: svg },
  };

  /** The value at a validator path such as `options[1].pros[0]`. */
  const at = (data: unknown, path: string) =>
    path.split(/\.|(?=\[)/).reduce<any>((value, key) => value?.[/^\[(\d+)\]$/.exec(key)?.[1] ?? key], data);

  it('nothing runs; the form and the card show every string as text; javascript: is no link', async () => {
    const iframe = await studio(`${STUDIO}?test=1#c=${await encodeComparison(JSON.stringify(hostile))}`);
    await waitUntil(() => field(iframe, 'title').value === hostile.title, 'the form shows the link’s comparison');
    await waitUntil(() => text(card(iframe)!.querySelector('[part~=title]')) === hostile.title.replace(/\s+/g, ' '), 'so does the preview');
    expect(stored()).to.deep.equal(hostile);
    // every part has taken the link (the export panel last, after its pause)
    const d = doc(iframe);
    await waitUntil(() => d.querySelector<HTMLTextAreaElement>('#export .export-link textarea')!.value.includes('#c='), 'the export panel has it');

    // the form: every text field holds its string as written
    const inputs = [...d.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('#form input[data-path], #form textarea[data-path]')];
    let checked = 0;
    for (const input of inputs) {
      const expected = at(hostile, input.dataset.path!);
      if (typeof expected !== 'string') continue;
      expect(input.value, input.dataset.path).to.equal(expected);
      checked++;
    }
    expect(checked, 'the fields checked').to.be.at.least(25);
    const values = inputs.map((input) => input.value);
    for (const vector of [...vectors, js]) expect(values, vector).to.include(vector);

    // the card: the strings as text, no element made of them, no javascript: link
    const root = card(iframe)!;
    for (const vector of vectors) expect(root.textContent, vector).to.include(vector);
    expect(text(root.querySelector('[part~=hero-name]'))).to.equal(img);
    expect(root.querySelectorAll('img, svg, script').length, 'elements in the card').to.equal(0);
    expect(d.querySelectorAll('#form img, #form svg, #form script').length, 'elements in the form').to.equal(0);
    expect(d.querySelectorAll('[onerror], [onload]').length, 'handlers in the studio').to.equal(0);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => !/^(https?|mailto):/.test(href ?? '')), 'links other than http(s)/mailto').to.deep.equal([]);
    expect(root.querySelectorAll('[part=option-link]').length, 'the option\'s javascript: url is no link').to.equal(0);
    expect([...root.querySelectorAll('[part~=related] a')].length, 'the related tag\'s javascript: url is no link').to.equal(0);
    expect(text(root.querySelector('[part~=related]'))).to.include(img);

    // and nothing ran
    expect(win(iframe).__pwned).to.equal(undefined);
    expect((window as Win).__pwned).to.equal(undefined);
    expect(win(iframe).__violations).to.deep.equal([]);
  });
});

describe('end to end: no script allowed (the static card the studio makes)', () => {
  /** `html` pasted into a page on the other origin; the outline of its card (report-outline.js). */
  async function outlineOnPage(html: string, scripts: boolean) {
    const page = await pasted(frames, html, (path) => `${path.replace('/page/', '/outline/')}${scripts ? '?scripts=1' : ''}`);
    await waitUntil(() => page.messages.some((m) => m.type === 'outline'), 'the pasted page reports its card', { timeout: 10000 });
    page.stop();
    return page.messages.find((m) => m.type === 'outline');
  }

  /** The preview's outline with the title at the static card's level (2: nice-pick render's default). */
  const sameLevel = (outline: CardOutline) => ({ ...outline, titleLevel: 2 });

  /** The studio at `src`, wide enough that its preview has two columns in every engine. */
  const wide = (src?: string) => studio(src, 1400);

  /** The studio's preview in `theme`, and the export panel's theme the same. */
  async function themed(iframe: HTMLIFrameElement, theme: 'light' | 'dark') {
    const d = doc(iframe);
    d.querySelector<HTMLInputElement>(`input[name=theme][value=${theme}]`)!.click();
    const select = d.querySelector<HTMLSelectElement>('#export .export-theme select')!;
    select.value = theme;
    select.dispatchEvent(new Event('change'));
    const panel = exportPanel(iframe);
    await waitUntil(() => panel.snippet('staticCard').value.startsWith(`<nice-pick theme="${theme}">`), 'the static card has the theme');
    return panel;
  }

  it('pasted where no script runs, it shows the preview\'s card: text, headings, lists, two columns, theme', async () => {
    const iframe = await wide();
    await fill(iframe, 'title', 'Cats vs Dogs: «ü» 😀 & "quotes" </template><b>', (d) => d.title);
    await fill(iframe, 'options[1].pros[0]', 'Loyal <img src=x onerror=window.__pwned=1>', (d) => d.options[1].pros[0]);
    const panel = await themed(iframe, 'dark');
    await waitUntil(() => panel.snippet('staticCard').value.includes('Loyal'), 'the static card has the last change');
    const snippet = await panel.copy('Copy static card');
    expect(snippet).to.equal(panel.snippet('staticCard').value);
    expect(snippet, 'no script the page would run').not.to.match(/<script(?! type="application\/json">)/);

    const page = await outlineOnPage(snippet, false);
    expect(page.ran, 'scripts are off in the pasted page').to.equal(null);
    expect(page.defined, 'the element is never defined there').to.equal(false);
    expect(page.theme).to.equal('dark');
    const preview = cardOutline(card(iframe)!)!;
    expect(preview.columns, 'the preview shows two columns').to.equal(2);
    // the preview's title is a level 3 heading (under the studio's "Preview"), the snippet's a level 2
    // one, as nice-pick render's default; all the rest is the same
    expect([page.outline.titleLevel, preview.titleLevel]).to.deep.equal([2, 3]);
    expect(page.outline).to.deep.equal(sameLevel(preview));
    expect(page.outline.parts.title).to.deep.equal(['Cats vs Dogs: «ü» 😀 & "quotes" </template><b>']);
    expect(page.outline.parts.pro).to.include('+Loyal <img src=x onerror=window.__pwned=1>');
    expect(page.outline.smuggled, 'elements made of the data').to.equal(0);
  });

  it('a hostile comparison stays text in the static card, where nothing runs', async () => {
    const hostile = {
      title: '</template><script>window.__pwned=1</script> vs <!-- x -->',
      intro: '<img src=x onerror=window.__pwned=1> "><svg onload=window.__pwned=1>',
      options: [
        { id: 'one', name: '<b>One</b>', pros: ['</style><style>*{display:none}</style>'], cons: ['&amp; &lt;'], related: [{ label: '<i>tag</i>', url: 'javascript:window.__pwned=1' }] },
        { id: 'two', name: 'Two ]]> <![CDATA[', pros: ['\u2028 \u2029'], cons: ['</nice-pick><p>outside</p>'] },
      ],
      pick: 'one',
      verdict: { text: ['</script><script>window.__pwned=1</script>'], bottomLine: '<template shadowrootmode="open">x</template>' },
    };
    const iframe = await wide(`${STUDIO}?test=1#c=${await encodeComparison(JSON.stringify(hostile))}`);
    await waitUntil(() => text(card(iframe)!.querySelector('[part~=title]')) === hostile.title, 'the preview shows the link’s comparison');
    const panel = await themed(iframe, 'light');
    await waitUntil(() => panel.snippet('staticCard').value.includes('CDATA'), 'the static card has it');
    const page = await outlineOnPage(await panel.copy('Copy static card'), false);
    expect(page.ran).to.equal(null);
    expect(page.outline).to.deep.equal(sameLevel(cardOutline(card(iframe)!)!));
    expect(page.outline.parts.title).to.deep.equal([hostile.title]);
    expect(page.outline.parts.intro).to.deep.equal([hostile.intro]);
    expect(page.outline.parts.winner).to.deep.equal([hostile.verdict.bottomLine]);
    expect(page.outline.parts['verdict-text']).to.deep.equal(hostile.verdict.text);
    expect(page.outline.smuggled, 'elements made of the data').to.equal(0);
    expect(page.outline.links, 'a javascript: url is no link').to.deep.equal([]);
    expect(page.pwned).to.equal(null);
  });

  it('where the element\'s script loads after all, it takes the card over and shows the same', async () => {
    const iframe = await wide();
    const panel = await themed(iframe, 'light');
    const snippet = await panel.copy('Copy static card');
    const still = await outlineOnPage(snippet, false);
    const live = await outlineOnPage(`${snippet}<script type="module" src="${BUNDLE()}"></script>\n`, true);
    expect(live.defined, 'the element defined itself').to.equal(true);
    expect(live.articles, 'one card').to.equal(1);
    expect(live.styleElements, 'its own styles replaced the static <style>').to.equal(0);
    expect(live.outline).to.deep.equal(still.outline);
    expect(live.outline).to.deep.equal(sameLevel(cardOutline(card(iframe)!)!));
  });
});
