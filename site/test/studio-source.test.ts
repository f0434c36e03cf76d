// The studio's source pane (site/studio/source.ts) on a test page, in every engine: typing writes
// the store and a store change reaches the editor; a syntax error and a validator problem in plain
// words, on their lines, listed, linked to the form's field; import, open URL; and the pane alone
// under the viewer's strict CSP (test/source-page/), with axe, light and dark.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EditorView } from '@codemirror/view';
import { mountSource } from '../studio/source.js';
import { createStore, type Origin } from '../studio/store.js';

const cleanup: Element[] = [];
afterEach(() => {
  for (const node of cleanup.splice(0)) node.remove();
});

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const valid = { title: 'Tabs vs spaces', options: [{ name: 'Tabs', pros: ['one key'], cons: [] }, { name: 'Spaces', pros: [], cons: ['four keys'] }] };

function mount(text: string) {
  const container = document.createElement('section');
  container.setAttribute('aria-label', 'Source');
  document.body.append(container);
  cleanup.push(container);
  const store = createStore(text);
  const changes: [string, Origin][] = [];
  store.subscribe((t, origin) => changes.push([t, origin]));
  mountSource(container, store);
  const shadow = container.querySelector('.np-source-editor')!.shadowRoot!;
  const view = EditorView.findFromDOM(shadow.querySelector('.cm-editor') as HTMLElement)!;
  const list = container.querySelector('.np-source-problems')!;
  const status = container.querySelector('.np-source-status')!;
  return { container, store, changes, shadow, view, list, status };
}

/** The 1-based line of the editor where a diagnostic of `severity` is drawn. */
const diagnosticLines = (shadow: ShadowRoot, severity = 'error') => {
  const lines = [...shadow.querySelectorAll('.cm-line')];
  return [...shadow.querySelectorAll(`.cm-lintRange-${severity}`)].map((mark) => lines.indexOf(mark.closest('.cm-line')!) + 1);
};

const entries = (list: Element) => [...list.querySelectorAll('button')].map((b) => b.textContent!);

describe('the source pane and the store', () => {
  it('typing in the editor writes the store (origin source)', async () => {
    const { store, changes, view, shadow } = mount(pretty(valid));
    const at = view.state.doc.toString().indexOf('"Tabs"') + 5;
    view.dispatch({ selection: { anchor: at } });
    (shadow.querySelector('.cm-content') as HTMLElement).focus();
    await waitUntil(() => view.hasFocus, 'the editor has focus');
    await sendKeys({ type: 'X' });
    await waitUntil(() => store.getText().includes('"TabsX"'), 'the store has the typed text', { timeout: 5000 });
    expect(changes.at(-1)![1]).to.equal('source');
    expect(JSON.parse(store.getText()).options[0].name).to.equal('TabsX');
  });

  it('a store change from elsewhere replaces the text and keeps the caret where it was', async () => {
    const { store, changes, view } = mount(pretty(valid));
    const caret = view.state.doc.toString().indexOf('Tabs vs') + 2;
    view.dispatch({ selection: { anchor: caret } });
    const next = pretty({ ...valid, options: [valid.options[0], { ...valid.options[1], name: 'Two spaces' }] });
    store.setText(next, 'form');
    expect(view.state.doc.toString()).to.equal(next);
    expect(view.state.selection.main.head).to.equal(caret);
    expect(changes.map(([, origin]) => origin), 'the editor writes nothing back').to.deep.equal(['form']);
  });

  it('CRLF text from an import shows with its lines', () => {
    const { store, view } = mount('{}');
    store.setText('{\r\n  "title": "A"\r\n}', 'import');
    expect(view.state.doc.lines).to.equal(3);
  });
});

describe('problems in plain words, on their lines', () => {
  it('a trailing comma: "line 3, column 15", the plain-words message, and a diagnostic on that line', async () => {
    const { store, list, shadow, container } = mount(pretty(valid));
    store.setText('{\n  "title": "A",\n  "pick": null,\n}', 'import');
    await waitUntil(() => entries(list).length === 1 && diagnosticLines(shadow).length === 1, 'one problem listed and drawn');
    expect(entries(list)[0]).to.equal('Line 3, column 15: A comma after the last entry of an object: remove it.');
    expect(diagnosticLines(shadow)).to.deep.equal([3]);
    expect(container.querySelector('.np-source-summary')!.textContent).to.equal('1 problem in the JSON:');
  });

  it('a validator problem is listed by field, drawn on its line, and focuses its form field', async () => {
    const field = Object.assign(document.createElement('input'), { ariaLabel: 'Option 2, pro 1' });
    field.dataset.path = 'options[1].pros[0]';
    document.body.append(field);
    cleanup.push(field);
    const { store, list, shadow, view } = mount('{}');
    const text = pretty({ ...valid, options: [valid.options[0], { ...valid.options[1], pros: [5] }], pick: 'nobody' });
    store.setText(text, 'form');
    await waitUntil(() => entries(list).length === 2, 'two problems listed');
    expect(entries(list)[0]).to.equal('Option 2 › Pros › item 1: expected a string, got a number');
    expect(entries(list)[1]).to.match(/^Pick: "nobody" names no option/);
    const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    await waitUntil(() => diagnosticLines(shadow).length === 2, 'both drawn');
    expect(diagnosticLines(shadow)).to.deep.equal([line('5'), line('"nobody"')]);

    list.querySelectorAll('button')[0].click();
    expect(document.activeElement).to.equal(field);
    // no form field for the pick here: the editor's cursor goes to the value
    list.querySelectorAll('button')[1].click();
    await waitUntil(() => view.hasFocus, 'the editor has focus');
    expect(view.state.sliceDoc(view.state.selection.main.from, view.state.selection.main.to)).to.equal('"nobody"');
  });

  it('a valid comparison: no problem, and a warning is a warning', async () => {
    const { store, list, container, shadow } = mount(pretty(valid));
    await waitUntil(() => container.querySelector('.np-source-summary')!.textContent === 'No problems: the comparison is valid.');
    store.setText(pretty({ ...valid, contact: { url: 'javascript:alert(1)' } }), 'form');
    await waitUntil(() => entries(list).length === 1);
    expect(entries(list)[0]).to.match(/^Warning: Contact › URL: "javascript:alert\(1\)" is shown as plain text/);
    await waitUntil(() => diagnosticLines(shadow, 'warning').length === 1);
  });
});

describe('start points', () => {
  it('Import a file: the chosen file writes the store (origin import)', async () => {
    const { store, changes, container, status } = mount('{}');
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).to.equal('.json,application/json');
    const picked = new Promise((resolve) => input.addEventListener('click', resolve, { once: true }));
    input.addEventListener('click', (e) => e.preventDefault(), { once: true });
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Import a file…')!.click();
    await picked;
    const text = pretty(valid);
    const files = new DataTransfer();
    files.items.add(new File([text], 'tabs.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => store.getText() === text, 'the store has the file');
    expect(changes.at(-1)![1]).to.equal('import');
    expect(status.textContent).to.equal('Imported tabs.json.');
  });

  it('a file dropped on the pane is imported, and the hint says so while dragging', async () => {
    const { store, container } = mount('{}');
    const pane = container.querySelector('.np-source')!;
    const files = new DataTransfer();
    files.items.add(new File(['{"title": "Dropped"}'], 'drop.json', { type: 'application/json' }));
    pane.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
    expect(container.querySelector('.np-source-drop')!.textContent).to.equal('Drop the file to import it.');
    pane.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await waitUntil(() => store.getText() === '{"title": "Dropped"}', 'the store has the dropped file');
    expect(container.querySelector('.np-source-drop')!.textContent).to.equal('Or drop a .json file on this pane.');
  });

  it('Open a URL: a JSON answer writes the store; a wrong content type is said in plain words', async () => {
    const { store, changes, container, status } = mount('{}');
    const toggle = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Open a URL…')!;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const input = container.querySelector<HTMLInputElement>('input[type=url]')!;
    expect(document.activeElement).to.equal(input);
    const form = input.form!;

    input.value = `${location.origin}/__test__/typed?type=text/html`;
    form.requestSubmit();
    await waitUntil(() => /expected JSON/.test(status.textContent!), 'the error shows', { timeout: 8000 });
    expect(status.textContent).to.equal(`Could not load ${input.value}: expected JSON, got text/html.`);
    expect(changes).to.deep.equal([]);

    input.value = `${location.origin}/__test__/json?file=example-four-options.json`;
    form.requestSubmit();
    await waitUntil(() => changes.length === 1, 'the store has the answer', { timeout: 8000 });
    const fixture = await (await fetch('/__test__/json?file=example-four-options.json')).json();
    expect(JSON.parse(store.getText())).to.deep.equal(fixture);
    expect(changes[0][1]).to.equal('import');
    expect(status.textContent).to.equal(`Opened ${input.value}.`);
  });
});

describe('the pane under the viewer\'s strict CSP, and axe', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: CodeMirror's styles apply, no CSP violation, no axe violation`, async () => {
      const iframe = document.createElement('iframe');
      iframe.title = 'source pane';
      iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
      cleanup.push(iframe);
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      iframe.src = '/site/test/source-page/index.html';
      document.body.append(iframe);
      await loaded;
      const doc = iframe.contentDocument!;
      const win = iframe.contentWindow as Window & { __violations: string[]; axe: any };
      if (theme === 'dark') doc.documentElement.classList.add('dark');
      const shadow = () => doc.querySelector('.np-source-editor')?.shadowRoot;
      await waitUntil(() => shadow()?.querySelector('.cm-lintRange-error') && doc.querySelector('.np-source-problems li'), 'the pane shows its problem', { timeout: 8000 });
      const editor = shadow()!.querySelector('.cm-editor')!;
      expect(win.getComputedStyle(editor).display, "CodeMirror's base theme applies").to.equal('flex');
      expect(doc.querySelectorAll('style').length, 'no <style> element').to.equal(0);
      expect(doc.querySelector('.np-source-problems button')!.textContent).to.equal('Option 2 › Cons › item 1: expected a string, got a number');
      const content = shadow()!.querySelector('.cm-content')!;
      expect(content.getAttribute('aria-labelledby')).to.equal('label');
      expect(shadow()!.getElementById('label')!.textContent).to.equal('Comparison as JSON');
      expect(shadow()!.getElementById('hint')!.textContent).to.match(/press Escape, then Tab/);
      const results = await win.axe.run(doc);
      const violations = results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      expect(violations).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    });
  }
});
