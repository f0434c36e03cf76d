// The studio: the page that puts its parts together around one store (store.ts). The form
// (form.ts), the source pane (source.ts) and the export (export.ts) read and write the store; the
// preview shows it with the real element; the work is kept in localStorage; a share link (#c=…)
// opens its comparison; "New" and the templates replace the work after asking.
import { decodeComparison } from '../src/share.js';
import { mountExport } from './export.js';
import { mountForm } from './form.js';
import { createStore, type Store } from './store.js';
import { empty, templates, toText } from './templates.js';

/** Where the work is kept between visits (site/README.md). */
export const STORAGE_KEY = 'nice-pick-studio:comparison';
/** The element bundle, from this script's folder (a variable: Vite leaves it to the browser). */
const ELEMENT = '../nice-pick.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
function keep(text: string) {
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // storage full or refused (private mode): the work lasts as long as the page
  }
}

/** The card, fed the parsed text through `data`, at most once per animation frame. */
function mountPreview(store: Store) {
  const frame = $('preview-frame');
  const card = document.createElement('nice-pick') as HTMLElement & { data: unknown };
  card.setAttribute('theme', 'light');
  card.setAttribute('heading-level', '3');
  frame.append(card);
  let queued = false;
  const update = () => {
    queued = false;
    try {
      card.data = JSON.parse(store.getText());
    } catch {
      // mid-edit in the source pane: the card keeps the last comparison that parsed
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  store.subscribe(schedule);
  update();
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=theme], input[name=width]')) {
    input.addEventListener('change', () => {
      if (input.name === 'theme') {
        card.setAttribute('theme', input.value);
        frame.dataset.theme = input.value;
      } else frame.dataset.width = input.value;
    });
  }
  import(/* @vite-ignore */ new URL(ELEMENT, import.meta.url).href).catch(() => {
    frame.textContent = 'The preview could not load (nice-pick.js did not arrive). Reload the page.';
  });
}

/** Asks in the dialog; resolves true for the confirming button. Focus goes back where it was. */
function confirmReplace(heading: string, text: string, ok: string): Promise<boolean> {
  const dialog = $<HTMLDialogElement>('confirm');
  $('confirm-heading').textContent = heading;
  $('confirm-text').textContent = text;
  $('confirm-ok').textContent = ok;
  const opener = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const answer = (value: string) => () => dialog.close(value);
    const cancel = answer('cancel');
    const confirm = answer('ok');
    $('confirm-cancel').addEventListener('click', cancel);
    $('confirm-ok').addEventListener('click', confirm);
    dialog.addEventListener(
      'close',
      () => {
        $('confirm-cancel').removeEventListener('click', cancel);
        $('confirm-ok').removeEventListener('click', confirm);
        opener?.focus();
        resolve(dialog.returnValue === 'ok');
      },
      { once: true },
    );
    dialog.returnValue = '';
    dialog.showModal();
    $('confirm-cancel').focus();
  });
}

function showLinkMessage(message: string) {
  const box = $('link-message');
  const p = document.createElement('p');
  p.textContent = `This link’s comparison cannot be opened: ${message} The studio kept your own work.`;
  box.replaceChildren(p);
}

async function openLink(store: Store) {
  if (!location.hash.startsWith('#c=') && !location.hash.startsWith('#c')) return;
  const decoded = await decodeComparison(location.hash);
  if (!decoded.ok) return showLinkMessage(decoded.message);
  let text = decoded.text;
  try {
    text = toText(JSON.parse(text));
  } catch {
    // decodeComparison parsed it already: not reached
  }
  store.setText(text, 'link');
  $('link-message').replaceChildren();
  // the link's comparison is now the work (kept in storage): a reload shows the edits, not the link
  history.replaceState(null, '', location.pathname + location.search);
}

/**
 * The source pane, loaded after the rest: CodeMirror is most of the studio's JavaScript, and the
 * form and the preview work without it, so they are usable while it comes (a chunk of its own,
 * imported when the page starts). Until then the pane says it is loading.
 */
function loadSource(store: Store) {
  const pane = $('source');
  const note = document.createElement('p');
  note.className = 'source-loading';
  note.setAttribute('role', 'status');
  note.textContent = 'Loading the editor…';
  pane.append(note);
  import('./source.js').then(
    ({ mountSource }) => {
      note.remove();
      mountSource(pane, store);
    },
    () => {
      note.textContent = 'The editor could not be loaded (reload the page to try again). The form and the preview work without it.';
    },
  );
}

function start() {
  const store = createStore(stored() ?? toText(templates[0].comparison));
  store.subscribe((text) => keep(text));
  keep(store.getText());

  const form = $<HTMLFormElement>('form-body');
  form.addEventListener('submit', (event) => event.preventDefault());
  mountForm(form, store);
  mountPreview(store);
  mountExport($('export'), store);
  loadSource(store);

  const select = $<HTMLSelectElement>('template');
  for (const template of templates) select.append(new Option(template.name, template.id));
  $('use-template').addEventListener('click', async () => {
    const template = templates.find((t) => t.id === select.value) ?? templates[0];
    if (await confirmReplace('Start from this template?', `“${template.name}” replaces what you wrote. It cannot be undone.`, 'Use template')) {
      store.setText(toText(template.comparison), 'template');
    }
  });
  $('new').addEventListener('click', async () => {
    if (await confirmReplace('Clear the comparison?', 'This replaces what you wrote with an empty comparison. It cannot be undone.', 'Clear')) {
      store.setText(toText(empty), 'new');
      document.querySelector<HTMLElement>('[data-path="title"]')?.focus();
    }
  });

  void openLink(store);
  window.addEventListener('hashchange', () => void openLink(store));
}

start();
