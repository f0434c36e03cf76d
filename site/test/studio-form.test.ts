// The built studio (site/dist/studio/) in an iframe, in every engine: the form writes a whole
// comparison with the keyboard alone and the preview (the real element) shows it; list buttons,
// the language picker, storage, share links, "New", problems, axe and CSP, a phone's width.
// `npm run test:site` builds site/dist/ first.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { encodeComparison } from '../src/share.js';
import { KEY, STUDIO, card, doc, field, openStudio, ready, stored, waitUntil } from './support/studio.js';


const frames: HTMLIFrameElement[] = [];
beforeEach(() => localStorage.removeItem(KEY));
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  localStorage.removeItem(KEY);
});

type Win = Window & { axe?: any; __violations?: string[] };

/** The studio in an iframe, loaded and drawn (its form and its card). */
const studio = (src = `${STUDIO}?test=1`, width = 1200) => openStudio(frames, src, { width, height: 700, title: 'studio', inFlow: true });

const win = (iframe: HTMLIFrameElement) => iframe.contentWindow as Win;
const action = (iframe: HTMLIFrameElement, name: string) => doc(iframe).querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
const texts = (iframe: HTMLIFrameElement, part: string) =>
  [...card(iframe)!.querySelectorAll(`[part~=${part}]`)].map((el) => el.textContent!.trim());
const focused = (iframe: HTMLIFrameElement) => doc(iframe).activeElement;

/** Presses Tab until the focus is on `selector` (keyboard only; at most 80 presses). */
async function tabTo(iframe: HTMLIFrameElement, selector: string) {
  for (let i = 0; i < 80 && !focused(iframe)?.matches(selector); i++) await sendKeys({ press: 'Tab' });
  expect(focused(iframe)?.matches(selector), `Tab reaches ${selector}`).to.equal(true);
}
/** Types `text` one key at a time (WebKit's driver drops a key of a long string now and then). */
async function type(text: string) {
  for (const key of text) await sendKeys({ type: key });
}

/** The value typed into a focused field reaches the store (and storage). */
const typeInto = async (iframe: HTMLIFrameElement, path: string, text: string) => {
  expect(focused(iframe)?.getAttribute('data-path')).to.equal(path);
  await type(text);
  await waitUntil(() => field(iframe, path).value === text, `${path} takes "${text}"`).catch(() => {
    throw new Error(`${path} has "${field(iframe, path).value}", not "${text}"; focus on ${focused(iframe)?.outerHTML.slice(0, 80)}`);
  });
};

describe('the studio form', function () {
  // typing a whole comparison key by key takes WebKit's driver more than 10 s when three engines share two cores
  this.timeout(30000);
  it('the first visit starts from the two-option template; the preview shows it', async () => {
    const iframe = await studio();
    expect(field(iframe, 'title').value).to.equal('SQLite vs PostgreSQL for a small web app');
    expect(texts(iframe, 'title')).to.deep.equal(['SQLite vs PostgreSQL for a small web app']);
    expect(stored().options.map((o: any) => o.name)).to.deep.equal(['SQLite', 'PostgreSQL']);
  });

  it('keyboard only: New, then a whole two-option comparison with a pick and a verdict', async () => {
    const iframe = await studio();
    // the keyboard's journey starts on "New"
    iframe.focus();
    doc(iframe).getElementById('new')!.focus();
    await waitUntil(() => doc(iframe).hasFocus() && focused(iframe)?.id === 'new', 'the keys go to the studio');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => doc(iframe).querySelector<HTMLDialogElement>('#confirm')!.open, 'the dialog opens');
    expect(focused(iframe)!.id).to.equal('confirm-cancel');
    await sendKeys({ press: 'Tab' });
    expect(focused(iframe)!.id).to.equal('confirm-ok');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(iframe, 'options[0].name').value === '' && focused(iframe) === field(iframe, 'title'), 'cleared, the title focused');

    await typeInto(iframe, 'title', 'Cats vs Dogs');
    await tabTo(iframe, '[data-path="options[0].name"]');
    await typeInto(iframe, 'options[0].name', 'Cats');
    await tabTo(iframe, '[data-action="options[0].pros:add"]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(iframe) === field(iframe, 'options[0].pros[0]'), 'the new pro is focused');
    await typeInto(iframe, 'options[0].pros[0]', 'Quiet');
    await tabTo(iframe, '[data-path="options[1].name"]');
    await typeInto(iframe, 'options[1].name', 'Dogs');
    await tabTo(iframe, '[data-action="options[1].pros:add"]');
    await sendKeys({ press: ' ' });
    await waitUntil(() => focused(iframe) === field(iframe, 'options[1].pros[0]'), 'the new pro is focused');
    await typeInto(iframe, 'options[1].pros[0]', 'Loyal');
    await tabTo(iframe, '[data-path="pick"]');
    await type('Dogs'); // a select's type-ahead
    await waitUntil(() => field(iframe, 'pick').value === 'dogs', 'the pick is Dogs');
    await tabTo(iframe, '[data-action="verdict.text:add"]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(iframe) === field(iframe, 'verdict.text[0]'), 'the paragraph is focused');
    await typeInto(iframe, 'verdict.text[0]', 'Dogs are better company.');

    await waitUntil(() => card(iframe)!.textContent!.includes('Dogs are better company.'), 'the preview shows the verdict');
    expect(texts(iframe, 'title')).to.deep.equal(['Cats vs Dogs']);
    expect(texts(iframe, 'option-name')).to.deep.equal(['Cats', 'Dogs']);
    expect(texts(iframe, 'pros').join(' ')).to.include('Quiet').and.include('Loyal');
    expect(card(iframe)!.querySelector('[part=bottom-line]')!.textContent).to.include('Dogs wins');
    expect(stored()).to.deep.equal({
      title: 'Cats vs Dogs',
      options: [
        { name: 'Cats', pros: ['Quiet'], cons: [] },
        { name: 'Dogs', pros: ['Loyal'], cons: [] },
      ],
      pick: 'dogs',
      verdict: { text: ['Dogs are better company.'] },
    });
  });

  it('adds, moves and removes an option and a pro with the buttons; focus follows', async () => {
    const iframe = await studio();
    action(iframe, 'options:add').click();
    await waitUntil(() => focused(iframe) === field(iframe, 'options[2].name'), 'the new option’s name is focused');
    await type('MySQL');
    await waitUntil(() => stored().options[2]?.name === 'MySQL', 'the third option is written');
    action(iframe, 'options:2:up').click();
    await waitUntil(() => stored().options[1].name === 'MySQL', 'moved up');
    expect(focused(iframe)).to.equal(action(iframe, 'options:1:up'));
    await waitUntil(() => texts(iframe, 'option-name').join() === 'SQLite,MySQL,PostgreSQL', 'the preview follows');
    expect(field(iframe, 'options[1].name').value).to.equal('MySQL');
    action(iframe, 'options:1:remove').click();
    await waitUntil(() => stored().options.length === 2, 'removed');
    expect(action(iframe, 'options:0:remove').disabled, 'two options at least').to.equal(true);

    const pros = () => stored().options[0].pros as string[];
    const [first, second] = pros();
    action(iframe, 'options[0].pros:0:down').click();
    await waitUntil(() => pros()[0] === second && pros()[1] === first, 'the pro moved down');
    expect(field(iframe, 'options[0].pros[1]').value).to.equal(first);
    // Alt+↑ in an item's field moves it, and the caret stays in it
    const moved = field(iframe, 'options[0].pros[1]');
    moved.focus();
    moved.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    await waitUntil(() => pros()[0] === first, 'Alt+ArrowUp moved it back');
    expect(focused(iframe)).to.equal(field(iframe, 'options[0].pros[0]'));
    action(iframe, 'options[0].pros:0:down').click();
    await waitUntil(() => pros()[1] === first, 'down again');
    action(iframe, 'options[0].pros:1:remove').click();
    await waitUntil(() => !pros().includes(first), 'the pro is removed');
    await waitUntil(() => !texts(iframe, 'pros')[0].includes(first), 'the preview drops it');
  });

  it('the language picker writes French words into labels; the preview shows “Avantages”', async () => {
    const iframe = await studio();
    const lang = doc(iframe).querySelector<HTMLSelectElement>('[data-path="lang"]')!;
    lang.value = 'fr';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    const use = () => [...doc(iframe).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Use Français’s words');
    await waitUntil(use, 'the words button');
    use()!.click();
    await waitUntil(() => field(iframe, 'labels.pros')?.value === 'Avantages', 'the label fields take the words');
    expect(stored().lang).to.equal('fr');
    expect(stored().labels.pick).to.equal('Notre choix');
    await waitUntil(() => texts(iframe, 'pros-heading').includes('Avantages'), 'the preview says Avantages');
    // the words stay editable
    field(iframe, 'labels.pros').focus();
    await type('!');
    await waitUntil(() => stored().labels.pros === 'Avantages!', 'an edited word is written');
    // "Other…": a tag of one's own
    const menu = doc(iframe).querySelector<HTMLSelectElement>('#f-lang')!;
    menu.value = '__other';
    menu.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => focused(iframe)?.id === 'f-lang-other', 'the tag field is focused');
    const tag = field(iframe, 'lang');
    tag.value = 'fi';
    tag.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => stored().lang === 'fi', 'the tag is written');
  });

  it('a reload keeps the work', async () => {
    const iframe = await studio();
    field(iframe, 'title').focus();
    await type(' (edited)');
    await waitUntil(() => stored().title.endsWith('(edited)'), 'written to storage');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    win(iframe).location.reload();
    await loaded;
    await ready(iframe);
    expect(field(iframe, 'title').value).to.equal('SQLite vs PostgreSQL for a small web app (edited)');
  });

  it('a share link opens its comparison; a bad one says why and keeps the stored work', async () => {
    const shared = { title: 'Vim vs Emacs', options: [{ name: 'Vim', pros: ['Modal'], cons: [] }, { name: 'Emacs', pros: [], cons: ['Chords'] }], pick: 'vim' };
    const iframe = await studio(`${STUDIO}?test=1#c=${await encodeComparison(JSON.stringify(shared))}`);
    await waitUntil(() => field(iframe, 'title').value === 'Vim vs Emacs', 'the form shows the link’s comparison');
    await waitUntil(() => texts(iframe, 'title')[0] === 'Vim vs Emacs', 'so does the preview');
    expect(stored()).to.deep.equal(shared);
    expect(win(iframe).location.hash, 'the link is now the work: a reload shows the edits').to.equal('');

    const bad = await studio(`${STUDIO}?test=1#c=abc$def`);
    await waitUntil(() => doc(bad).querySelector('[role=alert]')?.textContent, 'the message shows');
    expect(doc(bad).querySelector('[role=alert]')!.textContent).to.match(/cannot be opened: .*character 4 is "\$"/);
    expect(field(bad, 'title').value).to.equal('Vim vs Emacs');
  });

  it('"New" asks: Cancel keeps the work, Clear clears it', async () => {
    const iframe = await studio();
    const dialog = doc(iframe).querySelector<HTMLDialogElement>('#confirm')!;
    const newButton = doc(iframe).getElementById('new')!;
    newButton.focus();
    newButton.click();
    expect(dialog.open).to.equal(true);
    expect(focused(iframe)!.id).to.equal('confirm-cancel');
    doc(iframe).getElementById('confirm-cancel')!.click();
    await waitUntil(() => !dialog.open, 'closed');
    expect(focused(iframe)).to.equal(newButton);
    expect(field(iframe, 'title').value).to.equal('SQLite vs PostgreSQL for a small web app');

    newButton.click();
    doc(iframe).getElementById('confirm-ok')!.click();
    await waitUntil(() => field(iframe, 'options[0].name').value === '', 'cleared');
    expect(field(iframe, 'title').value).to.equal('');
    expect(stored()).to.deep.equal({ options: [{ name: '', pros: [], cons: [] }, { name: '', pros: [], cons: [] }] });
  });

  it('a field with a problem shows it, with aria-invalid and aria-describedby', async () => {
    const iframe = await studio();
    const name = field(iframe, 'options[1].name');
    expect(name.getAttribute('aria-invalid')).to.equal(null);
    name.value = '';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => field(iframe, 'options[1].name').getAttribute('aria-invalid') === 'true', 'aria-invalid');
    const message = doc(iframe).getElementById(field(iframe, 'options[1].name').getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).to.include('expected a non-empty string');
    // the pick follows a renamed option without an id
    const first = field(iframe, 'options[0].name');
    expect(stored().pick).to.equal('sqlite');
    // the template's options have ids: a new name leaves the pick as it is
    first.value = 'SQLite 3';
    first.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => stored().options[0].name === 'SQLite 3', 'renamed');
    expect(stored().pick).to.equal('sqlite');
  });

  it('a template replaces the work after asking: right to left, in Arabic, with the Arabic words', async () => {
    const iframe = await studio();
    const select = doc(iframe).querySelector<HTMLSelectElement>('#template')!;
    select.value = 'rtl';
    doc(iframe).getElementById('use-template')!.click();
    doc(iframe).getElementById('confirm-ok')!.click();
    await waitUntil(() => stored().lang === 'ar', 'the template is the work');
    await waitUntil(() => texts(iframe, 'pros-heading').includes('المزايا'), 'the preview shows the Arabic words');
    expect(doc(iframe).querySelector<HTMLSelectElement>('[data-path="dir"]')!.value).to.equal('rtl');
    expect(field(iframe, 'labels.pros').value).to.equal('المزايا');
    expect(stored().pick).to.equal('python');
  });

  it('text that is not JSON (the source pane mid-edit, kept in storage): the form says where to fix it', async () => {
    localStorage.setItem(KEY, '{ "title": "Half-written", ');
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 1000px; height: 600px; border: 0';
    frames.push(iframe);
    iframe.src = `${STUDIO}?test=1`;
    document.body.append(iframe);
    await waitUntil(() => iframe.contentDocument?.querySelector('#form .note'), 'the note shows', { timeout: 8000 });
    expect(doc(iframe).querySelector('#form .note')!.textContent).to.include('Fix the JSON in the source pane');
    expect(doc(iframe).querySelector<HTMLFieldSetElement>('#form fieldset.all')!.disabled, 'the form waits').to.equal(true);
    expect(localStorage.getItem(KEY), 'the text is kept as it was').to.equal('{ "title": "Half-written", ');
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: no axe violation, no CSP violation`, async () => {
      const iframe = await studio();
      const radio = doc(iframe).querySelector<HTMLInputElement>(`input[name=theme][value=${theme}]`)!;
      radio.click();
      await waitUntil(() => doc(iframe).querySelector('#preview nice-pick')!.getAttribute('theme') === theme, 'the card takes the theme');
      // a problem on show as well
      const name = field(iframe, 'options[1].name');
      name.value = '';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => doc(iframe).querySelector('.problem'), 'a problem shows');
      // every part has taken the change (axe fails on nodes added while it runs): the source pane
      // lists the problem and the Copy buttons are off
      await waitUntil(() => doc(iframe).querySelector('#source .np-source-problems li'), 'the source pane lists it');
      await waitUntil(
        () => [...doc(iframe).querySelectorAll<HTMLButtonElement>('#export button')].some((b) => b.disabled),
        'the Copy buttons are off',
      );
      const results = await win(iframe).axe.run(doc(iframe));
      const violations = results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      expect(violations).to.deep.equal([]);
      expect(win(iframe).__violations).to.deep.equal([]);
    });
  }

  it('at 390px: one column, no horizontal scroll', async () => {
    const iframe = await studio(`${STUDIO}?test=1`, 390);
    const root = doc(iframe).documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    const form = doc(iframe).getElementById('form')!.getBoundingClientRect();
    const preview = doc(iframe).getElementById('preview')!.getBoundingClientRect();
    expect(preview.top, 'the preview under the form').to.be.at.least(form.bottom);
  });
});
