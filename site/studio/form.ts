// The studio's form: one labelled input for every field of the data format, each with the
// validator's path in `data-path` (the source pane links a problem to it) and the validator's
// problem for that path beside it. It writes the store as the user types (origin 'form') and
// draws itself again from the store when another part changes the text; it never draws over what
// the user is typing (Lit's `live` sets a value only when it differs from the input's own).
// Lit templates only: the data is always text, never markup.
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkComparison, slug } from '../../src/check.js';
import { defaultLabels } from '../../src/comparison.js';
import { languages, labelsFor } from '../../src/translations.js';
import type { Store } from './store.js';
import { dataLabels, LABEL_KEYS, toText } from './templates.js';

type Json = Record<string, unknown>;
type Key = string | number;
type Path = Key[];

const isObject = (value: unknown): value is Json => typeof value == 'object' && value !== null && !Array.isArray(value);

/** A path in the validator's syntax: `options[1].pros[0]`. */
export const pathText = (path: Path) =>
  path.map((key, i) => (typeof key == 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');
const idOf = (path: Path) => `f-${pathText(path).replace(/[^\w-]/g, '_')}`;

function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = (value as Record<Key, unknown> | undefined)?.[key as never];
  return value;
}

/** Sets (or, for undefined, deletes) the value at `path`, making the objects on the way. */
function setAt(root: Json, path: Path, value: unknown) {
  let parent: Record<Key, unknown> = root;
  path.slice(0, -1).forEach((key, i) => {
    const next = parent[key];
    if (typeof next != 'object' || next === null) parent[key] = typeof path[i + 1] == 'number' ? [] : {};
    parent = parent[key] as Record<Key, unknown>;
  });
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

/** The order the JSON is written in: the README's, then any field the studio does not know. */
const ORDER: Record<string, readonly string[]> = {
  top: ['$schema', 'label', 'title', 'intro', 'options', 'pick', 'verdict', 'contact', 'lang', 'dir', 'labels'],
  option: ['name', 'id', 'kind', 'summary', 'url', 'pros', 'cons', 'related'],
  verdict: ['text', 'bottomLine', 'reason'],
  contact: ['prompt', 'email', 'url'],
  labels: LABEL_KEYS,
};
function sorted(value: Json, order: readonly string[]): Json {
  const out: Json = {};
  for (const key of [...order, ...Object.keys(value)]) if (key in value && !(key in out)) out[key] = value[key];
  return out;
}
const emptyObject = (value: unknown) => isObject(value) && Object.keys(value).length === 0;

/** The model in the order it is written, without the empty parts the form leaves behind. */
export function ordered(model: Json): Json {
  const out = sorted(model, ORDER.top);
  if (Array.isArray(out.options)) {
    out.options = out.options.map((option) => {
      if (!isObject(option)) return option;
      const o = sorted(option, ORDER.option);
      if (Array.isArray(o.related) && !o.related.length) delete o.related;
      return o;
    });
  }
  if (isObject(out.verdict)) {
    out.verdict = sorted(out.verdict, ORDER.verdict);
    const verdict = out.verdict as Json;
    if (Array.isArray(verdict.text) && !verdict.text.length) delete verdict.text;
  }
  if (isObject(out.contact)) out.contact = sorted(out.contact, ORDER.contact);
  if (isObject(out.labels)) out.labels = sorted(out.labels, ORDER.labels);
  for (const key of ['verdict', 'contact', 'labels']) if (emptyObject(out[key])) delete out[key];
  return out;
}

/** "path: message" lines by path. */
function byPath(lines: string[]) {
  const map = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^([\w$]+(?:\[\d+\]|\.[\w$]+)*): (.*)$/s.exec(line);
    const [path, message] = m ? [m[1], m[2]] : ['', line];
    map.set(path, [...(map.get(path) ?? []), message]);
  }
  return map;
}

const LABEL_NAMES: Record<(typeof LABEL_KEYS)[number], string> = {
  pick: 'the pick badge',
  pros: 'Pros',
  cons: 'Cons',
  relatedTo: 'Related to',
  verdict: 'The Verdict',
  bottomLine: 'The Bottom Line',
  wins: 'NAME wins ({name} is the name)',
  disagree: 'the contact prompt',
};
const OTHER = '__other';

interface FieldOptions {
  /** Kept as "" when emptied (a required field); otherwise an empty field is removed. */
  keep?: boolean;
  multiline?: boolean;
  type?: 'url' | 'email' | 'text';
  hint?: string;
  /** Runs instead of a plain write. */
  onInput?: (value: string) => void;
  /** Alt+Arrow keys move the item: the list it is in and its index. */
  move?: [Path, number];
  dir?: string;
}

export function mountForm(container: HTMLElement, store: Store) {
  let model: Json = {};
  let invalid = '';
  let problems = new Map<string, string[]>();
  let warnings = new Map<string, string[]>();
  let shown = new Set<string>();
  /** "Other…" chosen in the language menu: the tag field shows, even while it is empty. */
  let otherLang = false;
  /** After the next render: the element to focus (a selector). */
  let focusNext = '';

  const readText = (text: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      invalid = 'The JSON in the source pane has a mistake, so the form cannot follow it. Fix the JSON in the source pane; the form keeps what it showed until then.';
      return;
    }
    if (!isObject(parsed)) {
      invalid = 'The source is not a comparison (a JSON object with options). Fix the JSON in the source pane; the form keeps what it showed until then.';
      return;
    }
    invalid = '';
    model = parsed;
  };

  const commit = () => {
    model = ordered(model);
    store.setText(toText(model), 'form');
    draw();
  };
  const write = (path: Path, value: string, keep = false) => {
    setAt(model, path, value === '' && !keep ? undefined : value);
    commit();
  };

  /** The list at `path` as an array (a lone string, such as verdict.text, becomes one item). */
  const listAt = (path: Path): unknown[] => {
    const value = getAt(model, path);
    if (Array.isArray(value)) return value;
    const list = typeof value == 'string' ? [value] : [];
    setAt(model, path, list);
    return list;
  };
  const add = (path: Path, item: unknown, focus: (i: number) => Path) => {
    const list = listAt(path);
    list.push(item);
    focusNext = `[data-path="${pathText(focus(list.length - 1))}"]`;
    commit();
  };
  const remove = (path: Path, i: number, after: string) => {
    listAt(path).splice(i, 1);
    focusNext = after;
    commit();
  };
  const move = (path: Path, i: number, by: number, focus: (to: number) => string) => {
    const list = listAt(path);
    const to = i + by;
    if (to < 0 || to >= list.length) return;
    [list[i], list[to]] = [list[to], list[i]];
    focusNext = focus(to);
    commit();
  };

  const message = (id: string, path: string) => {
    shown.add(path);
    const problem = problems.get(path);
    const warning = warnings.get(path);
    if (!problem && !warning) return nothing;
    return html`<p class=${problem ? 'problem' : 'warning'} id=${`${id}-msg`}>
      ${problem ? `Problem: ${problem.join('; ')}` : `Note: ${warning!.join('; ')}`}
    </p>`;
  };
  const described = (id: string, path: string) => (problems.has(path) || warnings.has(path) ? `${id}-msg` : nothing);

  const field = (path: Path, label: string, options: FieldOptions = {}): TemplateResult => {
    const p = pathText(path);
    const id = idOf(path);
    const raw = getAt(model, path);
    const value = typeof raw == 'string' ? raw : raw == null ? '' : JSON.stringify(raw);
    const onInput = (event: Event) => {
      const next = (event.target as HTMLInputElement).value;
      if (options.onInput) options.onInput(next);
      else write(path, next, options.keep);
    };
    const onKeydown = (event: KeyboardEvent) => {
      if (!options.move || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      const [list, i] = options.move;
      move(list, i, event.key === 'ArrowUp' ? -1 : 1, (to) => `[data-path="${pathText([...list, to, ...path.slice(list.length + 1)])}"]`);
    };
    const invalidAttr = problems.has(p) ? 'true' : nothing;
    const hint = options.hint ? html`<span class="hint" id=${`${id}-hint`}>${options.hint}</span>` : nothing;
    const describedBy = [options.hint ? `${id}-hint` : '', problems.has(p) || warnings.has(p) ? `${id}-msg` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class="field">
      <label for=${id}>${label}</label>${hint}
      ${options.multiline
        ? html`<textarea id=${id} data-path=${p} dir=${options.dir ?? 'auto'} rows="3" .value=${live(value)} aria-invalid=${invalidAttr} aria-describedby=${describedBy} @input=${onInput} @keydown=${onKeydown}></textarea>`
        : html`<input id=${id} data-path=${p} dir=${options.dir ?? 'auto'} type=${options.type ?? 'text'} .value=${live(value)} aria-invalid=${invalidAttr} aria-describedby=${describedBy} @input=${onInput} @keydown=${onKeydown} />`}
      ${message(id, p)}
    </div>`;
  };

  /** Move up, Move down, Remove for item `i` of the list at `path` (`what`: "pro 2"). */
  const itemButtons = (path: Path, i: number, count: number, what: string, min = 0) => {
    const key = `${pathText(path)}:${i}`;
    const at = (to: number, action: string) => `[data-action="${pathText(path)}:${to}:${action}"]`;
    const after = count > 1 ? `[data-action="${pathText(path)}:${Math.min(i, count - 2)}:remove"]` : `[data-action="${pathText(path)}:add"]`;
    return html`<div class="item-buttons">
      <button type="button" data-action=${`${key}:up`} aria-label=${`Move up: ${what}`} ?disabled=${i === 0}
        @click=${() => move(path, i, -1, (to) => (to === 0 ? at(to, 'down') : at(to, 'up')))}>Move up</button>
      <button type="button" data-action=${`${key}:down`} aria-label=${`Move down: ${what}`} ?disabled=${i === count - 1}
        @click=${() => move(path, i, 1, (to) => (to === count - 1 ? at(to, 'up') : at(to, 'down')))}>Move down</button>
      <button type="button" data-action=${`${key}:remove`} aria-label=${`Remove: ${what}`} ?disabled=${count <= min}
        @click=${() => remove(path, i, after)}>Remove</button>
    </div>`;
  };

  /** A list of texts (pros, cons, verdict paragraphs): one field each, and Add. */
  const textList = (path: Path, legend: string, one: string, multiline = false) => {
    const raw = getAt(model, path);
    const lone = typeof raw == 'string';
    const items = Array.isArray(raw) ? raw : lone ? [raw] : [];
    const p = pathText(path);
    const id = idOf(path);
    return html`<fieldset class="list" aria-describedby=${described(id, p)}>
      <legend>${legend}</legend>
      ${message(id, p)}
      <ol>
        ${items.map(
          (_, i) => html`<li>
            ${field(lone ? path : [...path, i], `${one} ${i + 1}`, { keep: true, multiline, move: lone ? undefined : [path, i] })}
            ${itemButtons(path, i, items.length, `${one.toLowerCase()} ${i + 1}`)}
          </li>`,
        )}
      </ol>
      <button type="button" data-action=${`${p}:add`} @click=${() => add(path, '', (i) => [...path, i])}>Add ${one.toLowerCase()}</button>
    </fieldset>`;
  };

  /** Related tags: a label and an optional URL each (a tag without a URL is written as a string). */
  const relatedList = (path: Path) => {
    const raw = getAt(model, path);
    const items = Array.isArray(raw) ? raw : [];
    const p = pathText(path);
    const id = idOf(path);
    const setTag = (i: number, label: string, url: string) => {
      const list = listAt(path);
      list[i] = url ? { label, url } : label;
      commit();
    };
    return html`<fieldset class="list" aria-describedby=${described(id, p)}>
      <legend>Related tags</legend>
      ${message(id, p)}
      <ol>
        ${items.map((item, i) => {
          const tag: Json = isObject(item) ? item : { label: item };
          const label = typeof tag.label == 'string' ? tag.label : '';
          const url = typeof tag.url == 'string' ? tag.url : '';
          const labelPath = isObject(item) ? [...path, i, 'label'] : [...path, i];
          return html`<li>
            ${field(labelPath, `Tag ${i + 1}`, { onInput: (value) => setTag(i, value, url), move: isObject(item) ? undefined : [path, i] })}
            ${field([...path, i, 'url'], `Tag ${i + 1} link (optional)`, { type: 'url', dir: 'ltr', onInput: (value) => setTag(i, label, value) })}
            ${itemButtons(path, i, items.length, `tag ${i + 1}`)}
          </li>`;
        })}
      </ol>
      <button type="button" data-action=${`${p}:add`} @click=${() => add(path, '', (i) => [...path, i])}>Add tag</button>
    </fieldset>`;
  };

  const optionIds = () =>
    (Array.isArray(model.options) ? model.options : []).map((o) =>
      isObject(o) ? (typeof o.id == 'string' ? o.id : slug(typeof o.name == 'string' ? o.name : '')) : '',
    );

  const optionFieldset = (option: unknown, i: number, count: number) => {
    const path: Path = ['options', i];
    const o = isObject(option) ? option : {};
    const name = typeof o.name == 'string' && o.name ? o.name : `Option ${i + 1}`;
    const renamed = (value: string) => {
      // an option without an id is picked by its name's slug: the pick follows the new name
      if (o.id === undefined && typeof o.name == 'string' && model.pick === slug(o.name)) model.pick = slug(value);
      write([...path, 'name'], value, true);
    };
    const id = idOf(path);
    const p = pathText(path);
    return html`<fieldset class="option" aria-describedby=${described(id, p)}>
      <legend>Option ${i + 1}${name === `Option ${i + 1}` ? '' : `: ${name}`}</legend>
      ${message(id, p)}
      ${field([...path, 'name'], 'Name', { keep: true, onInput: renamed })}
      ${field([...path, 'id'], 'Id (optional)', { dir: 'ltr', hint: `What the pick refers to. Empty: “${slug(typeof o.name == 'string' ? o.name : '')}”, from the name.` })}
      ${field([...path, 'kind'], 'Kind (optional)', { hint: 'What sort of thing it is: “tool”, “platform”…' })}
      ${field([...path, 'summary'], 'Summary (optional)', { multiline: true })}
      ${field([...path, 'url'], 'Web page (optional)', { type: 'url', dir: 'ltr' })}
      ${textList([...path, 'pros'], 'Pros', 'Pro')} ${textList([...path, 'cons'], 'Cons', 'Con')} ${relatedList([...path, 'related'])}
      <div class="option-buttons">${itemButtons(['options'], i, count, `option ${i + 1}`, 2)}</div>
    </fieldset>`;
  };

  const pickField = () => {
    const ids = optionIds();
    const pick = typeof model.pick == 'string' ? model.pick : '';
    const names = (Array.isArray(model.options) ? model.options : []).map((o, i) =>
      isObject(o) && typeof o.name == 'string' && o.name ? o.name : `Option ${i + 1}`,
    );
    const id = idOf(['pick']);
    shown.add('pick');
    return html`<div class="field">
      <label for=${id}>The pick</label>
      <select id=${id} data-path="pick" aria-invalid=${problems.has('pick') ? 'true' : nothing} aria-describedby=${described(id, 'pick')}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          model.pick = value === '' ? null : value;
          commit();
        }}>
        <option value="" ?selected=${pick === ''}>None: a tie</option>
        ${ids.map((oid, i) => html`<option value=${oid} ?selected=${pick === oid}>${names[i]}</option>`)}
        ${pick && !ids.includes(pick) ? html`<option value=${pick} selected>“${pick}” (no such option)</option>` : nothing}
      </select>
      ${message(id, 'pick')}
    </div>`;
  };

  const languageFields = () => {
    const lang = typeof model.lang == 'string' ? model.lang : '';
    const known = languages.find((l) => l.tag === lang);
    const other = otherLang || (lang !== '' && !known);
    const words = lang ? labelsFor(lang) : undefined;
    const wordsOf =
      words && (known ?? languages.find((l) => JSON.stringify(labelsFor(l.tag)) === JSON.stringify(words)));
    const selectId = idOf(['lang']);
    const dir = typeof model.dir == 'string' ? model.dir : '';
    shown.add('lang');
    shown.add('dir');
    return html`<div class="field">
        <label for=${selectId}>Language</label>
        <select id=${selectId} data-path=${other ? nothing : 'lang'} aria-describedby=${other ? nothing : described(selectId, 'lang')}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            otherLang = value === OTHER;
            if (otherLang) focusNext = '#f-lang-other';
            else setAt(model, ['lang'], value || undefined);
            commit();
          }}>
          <option value="" ?selected=${lang === ''}>Not set</option>
          ${languages.map((l) => html`<option value=${l.tag} lang=${l.tag} ?selected=${known === l}>${l.name} (${l.tag})</option>`)}
          <option value=${OTHER} ?selected=${other}>Other…</option>
        </select>
        ${other ? nothing : message(selectId, 'lang')}
      </div>
      ${other
        ? html`<div class="field">
            <label for="f-lang-other">Language tag (BCP 47, such as “fi” or “pt-AO”)</label>
            <input id="f-lang-other" data-path="lang" dir="ltr" .value=${live(lang)} aria-describedby=${described(selectId, 'lang')}
              @input=${(e: Event) => write(['lang'], (e.target as HTMLInputElement).value)} />
            ${message(selectId, 'lang')}
          </div>`
        : nothing}
      ${wordsOf
        ? html`<p><button type="button" @click=${() => {
            model.labels = { ...(isObject(model.labels) ? model.labels : {}), ...dataLabels(wordsOf.tag) };
            focusNext = `[data-path="labels.pick"]`;
            commit();
          }}>Use ${wordsOf.name}’s words</button></p>`
        : nothing}
      <div class="field">
        <label for=${idOf(['dir'])}>Direction</label>
        <select id=${idOf(['dir'])} data-path="dir" aria-invalid=${problems.has('dir') ? 'true' : nothing} aria-describedby=${described(idOf(['dir']), 'dir')}
          @change=${(e: Event) => write(['dir'], (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${dir === ''}>Not set (left to right)</option>
          <option value="auto" ?selected=${dir === 'auto'}>auto: from the text</option>
          <option value="ltr" ?selected=${dir === 'ltr'}>ltr: left to right</option>
          <option value="rtl" ?selected=${dir === 'rtl'}>rtl: right to left</option>
          ${dir && !['auto', 'ltr', 'rtl'].includes(dir) ? html`<option value=${dir} selected>${dir}</option>` : nothing}
        </select>
        ${message(idOf(['dir']), 'dir')}
      </div>
      <fieldset class="labels">
        <legend>The card’s words</legend>
        <p class="hint">Each one left empty stays in English.</p>
        ${LABEL_KEYS.map((key) =>
          field(['labels', key], `Word for ${LABEL_NAMES[key]}`, { hint: `English: “${defaultLabels[key]}”` }),
        )}
      </fieldset>`;
  };

  const draw = () => {
    shown = new Set();
    const result = checkComparison(model);
    problems = byPath(result.ok ? [] : result.problems);
    warnings = byPath(result.ok ? result.warnings : []);
    const options = Array.isArray(model.options) ? model.options : [];
    const body = html`
      <fieldset class="group">
        <legend>About</legend>
        ${field(['label'], 'Label (optional)', { hint: 'A small category tag above the title, e.g. “Databases”.' })}
        ${field(['title'], 'Title', { hint: 'Empty: the option names joined by “vs”.' })}
        ${field(['intro'], 'Intro (optional)', { multiline: true })}
      </fieldset>
      <section class="group" aria-labelledby="options-heading">
        <h2 id="options-heading">Options</h2>
        ${message(idOf(['options']), 'options')}
        ${options.map((option, i) => optionFieldset(option, i, options.length))}
        <button type="button" data-action="options:add" ?disabled=${options.length >= 4}
          @click=${() => add(['options'], { name: '', pros: [], cons: [] }, (i) => ['options', i, 'name'])}>Add option</button>
        <span class="hint">${options.length >= 4 ? 'Four options at most.' : 'Two to four options.'}</span>
      </section>
      <fieldset class="group">
        <legend>Pick and verdict</legend>
        ${pickField()}
        ${textList(['verdict', 'text'], 'The verdict', 'Paragraph', true)}
        ${field(['verdict', 'bottomLine'], 'Bottom line (optional)', { hint: 'Empty: “NAME wins” when there is a pick.' })}
        ${field(['verdict', 'reason'], 'Reason (optional)', { hint: 'The sentence under the bottom line.' })}
      </fieldset>
      <fieldset class="group">
        <legend>Contact</legend>
        ${field(['contact', 'prompt'], 'Prompt (optional)', { hint: 'Empty: “Disagree with our pick?”' })}
        ${field(['contact', 'email'], 'E-mail (optional)', { type: 'email', dir: 'ltr' })}
        ${field(['contact', 'url'], 'Web page (optional)', { type: 'url', dir: 'ltr' })}
      </fieldset>
      <fieldset class="group">
        <legend>Language and words</legend>
        ${languageFields()}
      </fieldset>`;
    const rest = [...problems].filter(([path]) => !shown.has(path));
    render(
      html`${invalid ? html`<p class="note" role="status">${invalid}</p>` : nothing}
        ${rest.length
          ? html`<div class="problems" role="status"><p>The card cannot show this comparison:</p>
              <ul>${rest.map(([path, list]) => html`<li>${path ? `${path}: ` : ''}${list.join('; ')}</li>`)}</ul></div>`
          : nothing}
        <fieldset class="all" ?disabled=${Boolean(invalid)}>${body}</fieldset>`,
      container,
    );
    if (focusNext) {
      container.querySelector<HTMLElement>(focusNext)?.focus();
      focusNext = '';
    }
  };

  readText(store.getText());
  draw();
  store.subscribe((text, origin) => {
    if (origin === 'form') return;
    readText(text);
    draw();
  });
}
