// The studio's "Taking it away" panel: the comparison in the store, ready for each place it can go
// (a blog post, a hosted file, a page without scripts, Markdown, React, Vue, Svelte, an iframe, a
// link), each with a Copy button and a read-only text field to select by hand. Built with DOM
// calls and textContent only (no HTML strings), so it runs under the studio's Trusted Types CSP.
import { checkComparison } from '../../src/check.js';
import { cdnScriptUrl } from '../../src/embed.js';
import { version } from '../../src/version.js';
import { encodeComparison } from '../src/share.js';
import { checkScriptUrl, snippets, type Snippets, type Theme } from './snippets.js';
import { staticCard } from './static-card.js';
import type { Store } from './store.js';

/** localStorage key of "Where your site loads nice-pick.js from" (empty or missing: the CDN). */
export const SCRIPT_URL_KEY = 'nice-pick-studio:script-url';
/** The CDN's URL of the element, major version pinned, as `nice-pick embed` prints it. */
export const CDN_SCRIPT_URL = cdnScriptUrl(version);
/** How long the panel waits after the last change before it remakes the snippets. */
export const DEBOUNCE_MS = 250;
export const FIX_FIRST = 'Fix the problems above to copy a snippet';

type Key = Exclude<keyof Snippets, 'fileName' | 'fileText'>;

interface Target {
  key: Key;
  heading: string;
  /** The Copy button's accessible name (it starts with "Copy"). */
  copy: string;
  /** Where to paste it. */
  where: string;
  rows: number;
}

const TARGETS: Target[] = [
  { key: 'blog', heading: 'Blog post', copy: 'Copy blog post snippet', rows: 8,
    where: 'Paste it into the post as HTML (in WordPress, a "Custom HTML" block): the script tag and the card with the comparison inside, the same as nice-pick embed prints.' },
  { key: 'file', heading: 'File', copy: 'Copy file snippet', rows: 3,
    where: 'Download the comparison as a file, put it on your site beside the page, and paste these two lines into the page (src is relative to the page).' },
  { key: 'staticCard', heading: 'No script allowed', copy: 'Copy static card', rows: 8,
    where: 'For a platform that strips scripts but keeps HTML (or readers who turn scripts off): the finished card as static HTML, in the theme chosen above, the same as nice-pick render prints. Paste it into the page as HTML. Where the page can load nice-pick.js after all, the card comes alive from the same HTML.' },
  { key: 'markdown', heading: 'Markdown', copy: 'Copy Markdown block', rows: 8,
    where: 'A fenced nice-pick block for a Markdown page. A site built with rehype-nice-pick (Astro, Starlight, MDX, Docusaurus) or markdown-it-nice-pick (VitePress, Eleventy) turns it into the card at build time, readable without JavaScript.' },
  { key: 'react', heading: 'React', copy: 'Copy React component', rows: 10,
    where: 'A React 19 component (TSX) with the comparison as a const; npm install nice-pick first.' },
  { key: 'vue', heading: 'Vue', copy: 'Copy Vue app', rows: 10,
    where: 'A Vue 3 app (TypeScript) with the comparison as a const; npm install nice-pick first.' },
  { key: 'svelte', heading: 'Svelte', copy: 'Copy Svelte component', rows: 10,
    where: 'A Svelte 5 component with the comparison as a const; npm install nice-pick first.' },
  { key: 'iframe', heading: 'iframe', copy: 'Copy iframe snippet', rows: 3,
    where: 'Paste it where a page allows iframes but not your own scripts: the viewer shows the card, and resize.js (loaded from the viewer\'s site) keeps the iframe as tall as the card.' },
  { key: 'link', heading: 'Link', copy: 'Copy share link', rows: 2,
    where: 'A link that opens the studio with this comparison: send it to someone, or keep it. The comparison is in the link itself.' },
];

let panels = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The stored self-host URL, or '' (storage may be off or full: then nothing is remembered). */
function storedScriptUrl(): string {
  try {
    return localStorage.getItem(SCRIPT_URL_KEY) ?? '';
  } catch {
    return '';
  }
}

function storeScriptUrl(value: string): void {
  try {
    if (value) localStorage.setItem(SCRIPT_URL_KEY, value);
    else localStorage.removeItem(SCRIPT_URL_KEY);
  } catch {
    // private mode or storage full: the field still works for this visit
  }
}

export function mountExport(container: HTMLElement, store: Store): void {
  const id = `export-${++panels}`;
  const visuallyHidden = 'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';

  const heading = el('h2', { id: `${id}-heading`, textContent: 'Taking it away' });
  const intro = el('p', { textContent: 'Copy the comparison for the place it goes. Every snippet follows your changes.' });

  // "Where your site loads nice-pick.js from"
  const urlInput = el('input', { type: 'text', id: `${id}-script-url`, name: 'script-url', spellcheck: false, placeholder: CDN_SCRIPT_URL });
  urlInput.setAttribute('inputmode', 'url');
  urlInput.setAttribute('autocomplete', 'url');
  const urlHint = el('p', { id: `${id}-script-url-hint`, className: 'export-hint', textContent: `Leave it empty for the CDN (${CDN_SCRIPT_URL}). An https:// address or a path on your site, such as /assets/nice-pick.js. The studio remembers it in this browser.` });
  const urlError = el('p', { id: `${id}-script-url-error`, className: 'export-error', hidden: true });
  urlInput.setAttribute('aria-describedby', urlHint.id);
  const urlField = el('div', { className: 'export-script-url' },
    el('label', { htmlFor: urlInput.id, textContent: 'Where your site loads nice-pick.js from' }), urlInput, urlHint, urlError);

  const status = el('p', { className: 'export-status', id: `${id}-status` });
  status.setAttribute('role', 'status');
  const announcer = el('p', { className: 'export-announcer' });
  announcer.setAttribute('aria-live', 'polite');
  announcer.style.cssText = visuallyHidden;

  // the iframe's theme
  const themeSelect = el('select', { id: `${id}-theme` },
    ...(['auto', 'light', 'dark'] as const).map((t) => el('option', { value: t, textContent: t === 'auto' ? 'auto (the reader\'s setting)' : t })));

  const download = el('a', { className: 'export-download' });
  const fields = new Map<Key, HTMLTextAreaElement>();
  const buttons: HTMLButtonElement[] = [];
  const staleNotes: HTMLElement[] = [];
  const sections = TARGETS.map((target) => {
    const where = el('p', { id: `${id}-${target.key}-where`, textContent: target.where });
    const label = el('label', { htmlFor: `${id}-${target.key}`, textContent: `${target.heading}: the snippet` });
    const stale = el('span', { className: 'export-stale', textContent: ' (out of date)', hidden: true });
    label.append(stale);
    staleNotes.push(stale);
    const field = el('textarea', { id: `${id}-${target.key}`, readOnly: true, rows: target.rows, spellcheck: false, wrap: 'off' });
    field.setAttribute('aria-describedby', where.id);
    fields.set(target.key, field);
    const button = el('button', { type: 'button', textContent: target.copy });
    button.addEventListener('click', () => void copy(field));
    buttons.push(button);
    const extra: Node[] = [];
    if (target.key === 'file') extra.push(el('p', {}, download));
    return el('section', { className: `export-target export-${target.key}` },
      el('h3', { id: `${id}-${target.key}-heading`, textContent: target.heading }), where, ...extra, label, field, el('p', {}, button));
  });

  const themeField = el('p', { className: 'export-theme' },
    el('label', { htmlFor: themeSelect.id, textContent: 'Theme of the card (no script allowed, iframe) ' }), themeSelect);
  const section = el('section', { className: 'export' }, heading, intro, urlField, themeField, status, ...sections, announcer);
  section.setAttribute('aria-labelledby', heading.id);
  container.append(section);

  async function copy(field: HTMLTextAreaElement) {
    const text = field.value;
    announcer.textContent = '';
    try {
      await navigator.clipboard.writeText(text);
      announcer.textContent = 'Copied';
    } catch {
      // no clipboard access (an old browser, a permission refused): the text selected, the keys named
      field.focus();
      field.select();
      announcer.textContent = `Could not copy by itself: the snippet is selected, press ${/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'}+C to copy it.`;
    }
  }

  let scriptUrl = CDN_SCRIPT_URL;
  const stored = storedScriptUrl();
  if (stored) {
    const checked = checkScriptUrl(stored);
    if (checked.ok) {
      urlInput.value = checked.url;
      scriptUrl = checked.url;
    }
  }
  urlInput.addEventListener('input', () => {
    const value = urlInput.value.trim();
    const checked = value ? checkScriptUrl(value) : ({ ok: true, url: '' } as const);
    if (!checked.ok) {
      urlError.textContent = checked.message;
      urlError.hidden = false;
      urlInput.setAttribute('aria-invalid', 'true');
      urlInput.setAttribute('aria-describedby', `${urlError.id} ${urlHint.id}`);
      return; // the snippets keep the last address that was accepted
    }
    urlError.hidden = true;
    urlError.textContent = '';
    urlInput.removeAttribute('aria-invalid');
    urlInput.setAttribute('aria-describedby', urlHint.id);
    storeScriptUrl(checked.url);
    scriptUrl = checked.url || CDN_SCRIPT_URL;
    schedule();
  });
  themeSelect.addEventListener('change', () => schedule());

  let downloadUrl = '';
  let run = 0;
  async function update() {
    const mine = ++run;
    const text = store.getText();
    let checked: ReturnType<typeof checkComparison> | undefined;
    try {
      checked = checkComparison(JSON.parse(text));
    } catch {
      checked = undefined;
    }
    if (!checked?.ok) {
      status.textContent = FIX_FIRST;
      for (const button of buttons) button.disabled = true;
      for (const note of staleNotes) note.hidden = !fields.get('blog')!.value;
      download.hidden = true;
      return;
    }
    const data = JSON.parse(text); // the data as written (checkComparison's copy may be normalized)
    const shareData = await encodeComparison(JSON.stringify(data));
    if (mine !== run) return; // a newer change is on its way
    const page = new URL(location.href);
    page.hash = '';
    const theme = themeSelect.value as Theme;
    const made = snippets({ data, scriptUrl, viewerUrl: new URL('../embed/', page).href, studioUrl: page.href, shareData, theme });
    made.staticCard = staticCard(data, theme);
    for (const [key, field] of fields) field.value = made[key];
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([made.fileText], { type: 'application/json' }));
    download.href = downloadUrl;
    download.download = made.fileName;
    download.textContent = `Download ${made.fileName}`;
    download.hidden = false;
    status.textContent = '';
    for (const button of buttons) button.disabled = false;
    for (const note of staleNotes) note.hidden = true;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  }
  store.subscribe(() => schedule());
  void update();
}
