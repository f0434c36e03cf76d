// Pasting a comparison into the built studio (/site/dist/studio/index.html?test=1 in an iframe), in
// every engine: the source pane's Paste button where the page may read the clipboard, and where it
// may not (its message, the editor's text selected), then a paste into the editor (a paste event
// carrying the text, as the browser fires on Ctrl+V); and a real paste from the system clipboard
// with the keyboard (Ctrl+A, Ctrl+V) where the test driver can press a key chord. Each time the form
// and the preview show the pasted comparison. For the button, the page's
// navigator.clipboard.readText is replaced: a test cannot grant or refuse the clipboard permission
// the same way in the three engines (and a real permission prompt would wait).
// `npm run test:site` builds site/dist/ first.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KEY, STUDIO, card, doc, field, openStudio, sourceReady, stored, waitUntil } from './support/studio.js';

const frames: HTMLIFrameElement[] = [];
beforeEach(() => localStorage.removeItem(KEY));
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  localStorage.removeItem(KEY);
});

/** The studio in an iframe, its source pane loaded too. */
async function studio() {
  const iframe = await openStudio(frames, `${STUDIO}?test=1`, { width: 1200, height: 800 });
  await sourceReady(iframe);
  return iframe;
}
const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? null;

const pastedComparison = {
  title: 'Vim vs Emacs: «ü» & "quotes" <b>',
  options: [
    { id: 'vim', name: 'Vim', pros: ['Modal editing', 'On every server'], cons: ['A steep start'] },
    { id: 'emacs', name: 'Emacs <i>', pros: ['Lisp all the way down'], cons: [] },
  ],
  pick: 'emacs',
  verdict: { text: ['Either, for a lifetime.'] },
};
const pastedText = JSON.stringify(pastedComparison, null, 2);

const firefox = /Firefox\//.test(navigator.userAgent);
const chromium = /Chrome\//.test(navigator.userAgent);

/**
 * A paste event carrying `text`, as the browser fires on Ctrl+V. Chromium and WebKit take the
 * DataTransfer as `clipboardData`; Firefox's constructor drops it and takes the older
 * `dataType` and `data` instead (ClipboardEventInit as it first was), so both are given.
 */
function pasteEvent(text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  const event = new ClipboardEvent('paste', init as ClipboardEventInit);
  expect(event.clipboardData?.getData('text/plain'), 'the paste event carries the text').to.equal(text);
  return event;
}

/**
 * Ctrl+`key` on the focused element, with real keys: Chromium's driver (puppeteer) holds Control
 * down; WebDriver (WebKit) presses the keys of one `type` together (U+E009 is its Control).
 */
async function chord(key: string) {
  if (chromium) {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: key });
    await sendKeys({ up: 'Control' });
  } else await sendKeys({ type: `\uE009${key}` });
}

/** The page's clipboard read replaced: `read` answers for it. */
function clipboardRead(iframe: HTMLIFrameElement, read: () => Promise<string>) {
  Object.defineProperty(iframe.contentWindow!.navigator.clipboard, 'readText', { configurable: true, value: read });
}

const pasteButton = (iframe: HTMLIFrameElement) =>
  [...doc(iframe).querySelectorAll<HTMLButtonElement>('#source button')].find((b) => b.textContent === 'Paste')!;
const status = (iframe: HTMLIFrameElement) => text(doc(iframe).querySelector('#source .np-source-status'));
const editorContent = (iframe: HTMLIFrameElement) =>
  doc(iframe).querySelector('#source .np-source-editor')!.shadowRoot!.querySelector<HTMLElement>('.cm-content')!;

/** The form, the preview and the store all have the pasted comparison. */
async function showsPasted(iframe: HTMLIFrameElement) {
  await waitUntil(() => field(iframe, 'title').value === pastedComparison.title, 'the form shows the pasted title', { timeout: 5000 });
  expect(field(iframe, 'options[1].name').value).to.equal('Emacs <i>');
  expect(field(iframe, 'options[0].pros[1]').value).to.equal('On every server');
  await waitUntil(() => text(card(iframe)?.querySelector('[part~=title]')) === pastedComparison.title, 'the preview shows it', { timeout: 5000 });
  const root = card(iframe)!;
  expect([...root.querySelectorAll('[part~=option-name]')].map(text)).to.deep.equal(['Vim', 'Emacs <i>']);
  expect(text(root.querySelector('[part~=hero-name]'))).to.equal('Emacs <i>');
  expect(text(root.querySelector('[part~=verdict-text]'))).to.equal('Either, for a lifetime.');
  expect(stored()).to.deep.equal(pastedComparison);
}

describe('the studio: pasting a comparison', () => {
  it('Paste, where the page may read the clipboard: the form and the preview show its comparison', async () => {
    const iframe = await studio();
    let reads = 0;
    clipboardRead(iframe, async () => (reads++, pastedText));
    pasteButton(iframe).click();
    await showsPasted(iframe);
    expect(reads).to.equal(1);
    expect(status(iframe)).to.equal('Pasted the clipboard’s text.');
  });

  it('Paste, where the clipboard is refused: it says to paste with the keys, and a paste into the editor replaces the whole text', async () => {
    const iframe = await studio();
    clipboardRead(iframe, () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError')));
    pasteButton(iframe).click();
    await waitUntil(() => status(iframe)?.startsWith('The page may not read the clipboard here: paste with'), 'the pane says how to paste');
    expect(status(iframe)).to.match(/paste with (Ctrl\+V|⌘V) in the editor \(its text is selected, so the paste replaces it\)\.$/);
    // what Ctrl+V does in the editor: a paste event carrying the clipboard's data
    const content = editorContent(iframe);
    const paste = pasteEvent(pastedText);
    content.dispatchEvent(paste);
    expect(paste.defaultPrevented, 'the editor took the paste').to.equal(true);
    await showsPasted(iframe);
    // the paste replaced the selected text, all of it: the store's text is the pasted text exactly
    expect(localStorage.getItem(KEY)).to.equal(pastedText);
  });

  it('Ctrl+A, then Ctrl+V in the editor, without the button: the form and the preview show the clipboard\'s comparison', async () => {
    const iframe = await studio();
    const content = editorContent(iframe);
    if (firefox) {
      // geckodriver drops Control from a key chord sent to a framed page (Ctrl+A types "a"), so in
      // Firefox the chord is the editor's own key binding, fired as a keydown, and the paste an event
      content.focus();
      content.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', ctrlKey: true, bubbles: true, cancelable: true }));
      content.dispatchEvent(pasteEvent(pastedText));
    } else {
      // the system clipboard, written by a click's handler (a real key press: user activation)
      const write = document.createElement('button');
      write.textContent = 'Copy the comparison';
      let written: unknown;
      write.addEventListener('click', () => void navigator.clipboard.writeText(pastedText).then(() => (written = true), (error) => (written = error)));
      document.body.append(write);
      write.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => written !== undefined, 'the clipboard is written');
      write.remove();
      expect(written, 'the clipboard took the text').to.equal(true);
      iframe.focus();
      content.focus();
      await waitUntil(() => (content.getRootNode() as ShadowRoot).activeElement === content, 'the editor has the focus');
      await chord('a');
      await chord('v');
    }
    await showsPasted(iframe);
    expect(localStorage.getItem(KEY), 'Ctrl+A selected all of it').to.equal(pastedText);
  });
});
