// The studio's source pane: the comparison's JSON in a CodeMirror 6 editor, kept in step with the
// store both ways; its syntax error in plain words and the validator's problems, as diagnostics on
// their lines and listed by field (each entry focuses the form's field, `[data-path="…"]`); and the
// start points: import a file (picker or drop), paste, open a URL.
//
// CSP: the editor lives in a shadow root, where CodeMirror's styles (style-mod) go in as a
// constructed stylesheet (adoptedStyleSheets), and its inline styles are set through the CSSOM:
// neither is a `style-src` matter, so `style-src 'self'` without 'unsafe-inline' or a nonce is
// enough. Mounted in the document itself, CodeMirror would add a <style> element instead, which
// that policy blocks. No innerHTML anywhere: Trusted Types (`require-trusted-types-for 'script'`)
// need no policy for this pane.
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { HighlightStyle, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { json } from '@codemirror/lang-json';
import { lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { checkComparison } from '../../src/check.js';
import { forget, loadJson } from '../../src/load.js';
import { describePath, explainJson, lineColumn, locatePath, splitProblem } from '../../src/json-help.js';
import type { Store } from './store.js';

/** The largest file imported, as the element's own loader reads at most (src/load.ts). */
const MAX_BYTES = 1 << 20;
/** How long Open URL waits for an answer. */
const URL_TIMEOUT = 10_000;

/** A change the store made: the editor does not write it back. */
const fromStore = Annotation.define<boolean>();

let mounted = 0;

/** The pane's own rules (the page's CSS does not reach the editor's shadow root). */
const paneSheet = `
.np-source { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75rem; position: relative; }
.np-source :is(button, input) { font: inherit; color: inherit; background: light-dark(#f4f4f4, #262626); border: 1px solid currentColor; border-radius: 4px; padding: 0.25rem 0.75rem; }
.np-source :is(button, input):focus-visible { outline: 3px solid light-dark(#1a56c4, #8ab4ff); outline-offset: 2px; }
.np-source-start { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.np-source-drop { margin: 0; font-size: 0.9em; }
.np-source.np-dragging { outline: 3px dashed currentColor; outline-offset: 4px; }
.np-source-url { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.np-source-url[hidden] { display: none; }
.np-source-url input { min-width: min(30rem, 100%); flex: 1; }
.np-source-status:empty, .np-source-summary:empty { display: none; }
.np-source-problems { margin: 0; padding-left: 1.25rem; }
.np-source-problems button { font: inherit; text-align: start; background: none; border: 0; padding: 0.125rem 0; color: inherit; text-decoration: underline; cursor: pointer; }
.np-source-problems button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
`;

const shadowSheet = `
:host { display: block; }
.label { font-weight: bold; margin-bottom: 0.25rem; cursor: default; }
.hint { margin: 0 0 0.5rem; font-size: 0.9em; }
`;

/** A constructed stylesheet (no <style> element: the CSP's style-src does not cover these). */
function adopt(root: Document | ShadowRoot, css: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const theme = EditorView.theme({
  '&': { color: 'inherit', backgroundColor: 'transparent', border: '1px solid currentColor', borderRadius: '4px', maxHeight: '70vh' },
  '&.cm-focused': { outline: '3px solid light-dark(#1a56c4, #8ab4ff)', outlineOffset: '2px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', minHeight: '12rem' },
  '.cm-content': { caretColor: 'currentColor' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'currentColor' },
  '.cm-gutters': { backgroundColor: 'transparent', color: 'inherit', borderRight: '1px solid currentColor' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'light-dark(#0000000d, #ffffff14)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'light-dark(#b9d2ff, #264f78) !important',
  },
  '.cm-tooltip': { backgroundColor: 'light-dark(#fff, #1f1f1f)', color: 'light-dark(#111, #eee)', border: '1px solid currentColor' },
  // lint's underline is a data: SVG image, which img-src 'self' blocks: a text decoration instead
  '.cm-lintRange': { backgroundImage: 'none', textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-lintRange-error': { textDecorationColor: 'light-dark(#b00020, #ff8a80)' },
  '.cm-lintRange-warning': { textDecorationColor: 'light-dark(#8a5300, #ffd27f)' },
  '.cm-diagnostic-error': { borderLeftColor: 'light-dark(#b00020, #ff8a80)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'light-dark(#8a5300, #ffd27f)' },
});

/** Syntax colours that keep 4.5:1 on white and on near-black (light-dark() follows color-scheme). */
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'light-dark(#0b4f8a, #9cd0ff)' },
  { tag: tags.string, color: 'light-dark(#0a6b2b, #8fe3a8)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'light-dark(#8a2b00, #ffb38a)' },
]);

/** The smallest change from `from` to `to`: what differs between their common start and end. */
function diff(from: string, to: string) {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: object = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

interface Entry {
  severity: 'error' | 'warning';
  /** The validator's path, or undefined for a syntax error. */
  path?: string;
  from: number;
  to: number;
  text: string;
}

/** What is wrong with `text`: its syntax error, or the validator's problems and warnings. */
function analyse(text: string): Entry[] {
  const parsed = explainJson(text);
  if (!parsed.ok) {
    return [{ severity: 'error', from: parsed.from, to: parsed.to, text: `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}.` }];
  }
  const checked = checkComparison(parsed.value);
  const found = checked.ok ? checked.warnings.map((w) => ['warning', w] as const) : checked.problems.map((p) => ['error', p] as const);
  return found.map(([severity, problem]) => {
    const { path, message } = splitProblem(problem);
    const { from, to } = locatePath(parsed.tree, path);
    return { severity, path, from, to, text: `${describePath(path)}: ${message}` };
  });
}

export function mountSource(container: HTMLElement, store: Store): void {
  const id = `np-source-${++mounted}`;
  if (mounted === 1) adopt(document, paneSheet);

  const status = el('p', { className: 'np-source-status', role: 'status' });
  const say = (message: string) => (status.textContent = message);

  // the start points
  const fileInput = el('input', { type: 'file', accept: '.json,application/json', hidden: true });
  fileInput.setAttribute('aria-label', 'JSON file to import');
  const importButton = el('button', { type: 'button' }, 'Import a file…');
  const pasteButton = el('button', { type: 'button' }, 'Paste');
  const urlButton = el('button', { type: 'button' }, 'Open a URL…');
  urlButton.setAttribute('aria-expanded', 'false');
  urlButton.setAttribute('aria-controls', `${id}-url`);
  const start = el('div', { className: 'np-source-start' }, importButton, pasteButton, urlButton, fileInput);
  start.setAttribute('role', 'group');
  start.setAttribute('aria-label', 'Start from');
  const dropHint = el('p', { className: 'np-source-drop' }, 'Or drop a .json file on this pane.');

  const urlInput = el('input', { type: 'url', id: `${id}-address`, required: true, placeholder: 'https://example.com/comparison.json' });
  urlInput.setAttribute('autocomplete', 'url');
  const urlForm = el(
    'form',
    { className: 'np-source-url', id: `${id}-url`, hidden: true },
    el('label', { htmlFor: urlInput.id }, 'Address of a JSON file'),
    urlInput,
    el('button', { type: 'submit' }, 'Open'),
  );

  // the editor, in a shadow root (see the CSP note above)
  const host = el('div', { className: 'np-source-editor' });
  const shadow = host.attachShadow({ mode: 'open' });
  adopt(shadow, shadowSheet);
  const label = el('div', { className: 'label', id: 'label' }, 'Comparison as JSON');
  const hint = el('p', { className: 'hint', id: 'hint' }, 'In the editor, Tab indents. To leave it with the keyboard, press Escape, then Tab.');
  const editorParent = el('div');
  shadow.append(label, hint, editorParent);

  const summary = el('p', { className: 'np-source-summary', role: 'status' });
  const list = el('ul', { className: 'np-source-problems', id: `${id}-problems` });
  list.setAttribute('aria-label', 'Problems in the JSON');

  const pane = el('div', { className: 'np-source' }, start, dropHint, urlForm, status, host, summary, list);
  container.append(pane);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 60);
  };

  const view = new EditorView({
    parent: editorParent,
    root: shadow,
    state: EditorState.create({
      doc: store.getText(),
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        json(),
        // long texts (a summary, a pro) wrap instead of scrolling sideways: the pane is narrow on a phone
        EditorView.lineWrapping,
        syntaxHighlighting(highlight),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
        // tabindex: the editable text is already one tab stop; saying so lets checkers (axe's
        // scrollable-region-focusable) see that the scrolling editor can be reached by keyboard
        EditorView.contentAttributes.of({ 'aria-labelledby': 'label', 'aria-describedby': 'hint', tabindex: '0' }),
        theme,
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          if (!update.transactions.some((tr) => tr.annotation(fromStore))) store.setText(update.state.doc.toString(), 'source');
          schedule();
        }),
      ],
    }),
  });
  label.addEventListener('click', () => view.focus());

  store.subscribe((text, origin) => {
    if (origin === 'source') return;
    const change = diff(view.state.doc.toString(), text.replace(/\r\n?/g, '\n'));
    if (change.from !== change.to || change.insert) view.dispatch({ changes: change, annotations: fromStore.of(true) });
    schedule();
  });

  /** Moves the cursor to [from, to) and focuses the editor. */
  const reveal = (from: number, to: number) => {
    view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
    view.focus();
  };

  function refresh() {
    const text = view.state.doc.toString();
    const entries = analyse(text);
    const diagnostics: Diagnostic[] = entries.map((e) => ({ from: e.from, to: Math.max(e.to, e.from), severity: e.severity, message: e.text }));
    view.dispatch(setDiagnostics(view.state, diagnostics));
    const errors = entries.filter((e) => e.severity === 'error').length;
    const warnings = entries.length - errors;
    summary.textContent = !entries.length
      ? 'No problems: the comparison is valid.'
      : [errors && `${errors} ${errors === 1 ? 'problem' : 'problems'}`, warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`].filter(Boolean).join(' and ') +
        ' in the JSON:';
    list.replaceChildren(
      ...entries.map((entry) => {
        const button = el('button', { type: 'button' }, `${entry.severity === 'warning' ? 'Warning: ' : ''}${entry.text}`);
        if (entry.path !== undefined) button.dataset.for = entry.path;
        const { line } = lineColumn(text, entry.from);
        button.title = entry.path ? `${entry.path}, line ${line}` : `line ${line}`;
        button.addEventListener('click', () => {
          const field = entry.path ? document.querySelector<HTMLElement>(`[data-path="${CSS.escape(entry.path)}"]`) : null;
          if (field) {
            field.scrollIntoView({ block: 'center' });
            field.focus();
          } else reveal(entry.from, Math.max(entry.to, entry.from));
        });
        return el('li', {}, button);
      }),
    );
  }
  refresh();

  // Import: the picker, and drag and drop onto the pane
  const importFile = async (file: File) => {
    if (file.size > MAX_BYTES) return say(`Could not import ${file.name}: it is larger than 1 MB (${file.size.toLocaleString('en')} bytes).`);
    const text = await file.text();
    const parsed = explainJson(text);
    store.setText(text, 'import');
    say(parsed.ok ? `Imported ${file.name}.` : `Imported ${file.name}, but it is not valid JSON: see the problem below the editor.`);
  };
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void importFile(file);
    fileInput.value = '';
  });
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  pane.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    pane.classList.add('np-dragging');
    dropHint.textContent = 'Drop the file to import it.';
  });
  const endDrag = () => {
    pane.classList.remove('np-dragging');
    dropHint.textContent = 'Or drop a .json file on this pane.';
  };
  pane.addEventListener('dragleave', (event) => {
    if (!pane.contains(event.relatedTarget as Node | null)) endDrag();
  });
  pane.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    endDrag();
    const file = event.dataTransfer?.files[0];
    if (file) void importFile(file);
  });

  // Paste: the clipboard when the browser lets the page read it, else the keyboard
  pasteButton.addEventListener('click', async () => {
    let text: string | undefined;
    try {
      text = await navigator.clipboard.readText();
    } catch {
      // not permitted, or no clipboard API: the user pastes
    }
    if (text) {
      store.setText(text, 'import');
      say('Pasted the clipboard’s text.');
      return;
    }
    reveal(0, view.state.doc.length);
    say(`The page may not read the clipboard here: paste with ${/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘V' : 'Ctrl+V'} in the editor (its text is selected, so the paste replaces it).`);
  });

  // Open URL: the element's own loader (JSON content type only, 1 MB, no credentials, a timeout)
  urlButton.addEventListener('click', () => {
    urlForm.hidden = !urlForm.hidden;
    urlButton.setAttribute('aria-expanded', String(!urlForm.hidden));
    if (!urlForm.hidden) urlInput.focus();
  });
  urlForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = urlInput.value.trim();
    let protocol = '';
    try {
      protocol = new URL(address, document.baseURI).protocol;
    } catch {
      // not an address at all
    }
    if (protocol !== 'http:' && protocol !== 'https:') return say(`Could not open ${address || 'an empty address'}: only http and https addresses can be opened.`);
    say(`Opening ${address}…`);
    forget(address); // ask the server again each time
    try {
      const { json: value } = await loadJson(address, new AbortController().signal, 'omit', URL_TIMEOUT);
      store.setText(`${JSON.stringify(value, null, 2)}\n`, 'import');
      say(`Opened ${address}.`);
    } catch (e) {
      const detail = e as { kind?: string; message?: string };
      const more =
        detail.kind === 'network'
          ? ' The server may not let other sites read it (CORS), or this page’s policy may not allow fetching from there.'
          : '';
      say(`${detail.message ?? String(e)}${more}`);
    }
  });
}
