// The vanilla baseline: the same card as <nice-pick> (markup of src/render.ts, CSS of
// src/styles.ts) written with plain DOM calls and no framework: the floor the benchmarks measure
// the element against. Not product code: it does not validate its input (the element's figures
// include src/check.ts, the baseline's do not), and it knows only what the fixtures use.
// `npm run bench:smoke` (bench/parity.mjs) checks that it renders what the element renders.

// The element's own CSS, read from src/styles.ts when this module loads (before any timing), so
// the two can never differ. It is `export const styles = css\`...\`` with `css = String.raw`, so
// the text between the backticks is the stylesheet as the element adopts it (unminified).
const stylesTs = await (await fetch(new URL('../src/styles.ts', import.meta.url))).text();
const CSS = /\bstyles\s*=\s*css`([^`]*)`/.exec(stylesTs)?.[1];
if (!CSS) throw new Error('bench/baseline.js: no `styles = css`...`` in src/styles.ts');

let sheet; // one constructable stylesheet, shared by every card, as the element shares its own
const styles = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
};

const defaultLabels = {
  pick: 'Nice Pick',
  pros: 'Pros',
  cons: 'Cons',
  relatedTo: 'Related to:',
  verdict: 'The Verdict',
  bottomLine: 'The Bottom Line',
  wins: '{name} wins',
  disagree: 'Disagree with our pick?',
};

const slug = (name) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** `url` as an absolute href when its scheme is allowed (the card links nothing else). */
const safe = (url, schemes = ['http:', 'https:']) => {
  if (typeof url != 'string') return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return schemes.includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

/** `h('p', { part: 'x' }, child, ...)`: an element with attributes and children (strings are text). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) for (const name in attrs) el.setAttribute(name, attrs[name]);
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) {
      for (const c of child) if (c != null && c !== false) el.append(c);
    } else el.append(child);
  }
  return el;
}

const link = (tag, part) =>
  tag.url ? h('a', { part, href: tag.url }, tag.label) : h('span', { part }, tag.label);

/** A heading: the h2/h3/h4 element, with the outline's level as `aria-level` (as the element does). */
const heading = (tag, part, level, ...children) =>
  h(tag, { part, role: 'heading', 'aria-level': level }, ...children);

// Attributes in the element's order (its static ones first, then the bound ones).
const list = (items, title, kind, marker, level) =>
  items.length
    ? [
        h('h4', { role: 'heading', part: `${kind}s-heading`, 'aria-level': level }, title),
        h(
          'ul',
          { part: `${kind}s` },
          items.map((item) => h('li', { part: kind }, h('span', { 'aria-hidden': 'true', part: `${kind}-marker` }, marker), item)),
        ),
      ]
    : [];

/**
 * The card for a comparison object in the data format (JSON as the fixtures have it); `level` is
 * the title's heading level (the element's `heading-level`, 1 to 4, default 2).
 */
export function buildCard(c, level = 2) {
  const labels = { ...defaultLabels, ...c.labels };
  const options = c.options.map((o) => ({ ...o, id: o.id ?? slug(o.name) }));
  const pick = options.find((o) => o.id === c.pick);
  const title = c.title ?? options.map((o) => o.name).join(' vs ');
  const v = c.verdict;
  const paragraphs = v ? (typeof v.text == 'string' ? [v.text] : (v.text ?? [])) : [];
  const bottomLine = v?.bottomLine || (pick && labels.wins.replace('{name}', () => pick.name));

  const attrs = { part: 'card', 'aria-labelledby': 'title' };
  if (c.lang) attrs.lang = c.lang;
  if (c.dir) attrs.dir = c.dir;

  const article = h(
    'article',
    attrs,
    h(
      'header',
      { part: 'header' },
      c.label && h('p', { part: 'label' }, c.label),
      h('h2', { part: 'title', id: 'title', role: 'heading', 'aria-level': level }, title),
      c.intro && h('p', { part: 'intro' }, c.intro),
    ),
    ' ',
    pick &&
      h(
        'div',
        { part: 'hero' },
        h('p', { part: 'hero-mark' }, h('span', { 'aria-hidden': 'true' }, '🧊'), ` ${labels.pick}`),
        h('p', { part: 'hero-name' }, pick.name),
        pick.summary && h('p', { part: 'hero-summary' }, pick.summary),
      ),
    h(
      'div',
      { part: 'options', class: `options n${options.length}` },
      options.map((o, index) => {
        const isPick = o.id === c.pick;
        const url = safe(o.url);
        const related = (o.related ?? []).map((t) =>
          typeof t == 'string' ? { label: t } : { label: t.label, url: safe(t.url) },
        );
        return h(
          'div',
          { part: isPick ? 'option option-pick' : 'option' },
          heading('h3', 'option-name', level + 1, url ? h('a', { part: 'option-link', href: url }, o.name) : o.name),
          (o.kind || isPick) &&
            h(
              'p',
              { part: 'meta' },
              o.kind && h('span', { part: 'kind' }, o.kind),
              ' ',
              isPick && h('span', { part: 'badge' }, labels.pick),
            ),
          ' ',
          o.summary && h('p', { part: 'summary' }, o.summary),
          ' ',
          list(o.pros, labels.pros, 'pro', '+', level + 2),
          ' ',
          related.length > 0 &&
            h(
              'div',
              { part: 'related' },
              h('span', { part: 'related-label', id: `related-${index}` }, labels.relatedTo),
              h(
                'ul',
                { 'aria-labelledby': `related-${index}` },
                related.map((t) => h('li', null, link(t, 'tag'))),
              ),
            ),
          ' ',
          list(o.cons, labels.cons, 'con', '−', level + 2),
        );
      }),
    ),
    paragraphs.length > 0 &&
      h(
        'section',
        { part: 'verdict' },
        heading('h3', 'verdict-heading', level + 1, labels.verdict),
        paragraphs.map((p) => h('p', { part: 'verdict-text' }, p)),
      ),
    ' ',
    (bottomLine || v?.reason) &&
      h(
        'section',
        { part: 'bottom-line' },
        heading('h3', 'bottom-line-heading', level + 1, h('span', { 'aria-hidden': 'true' }, '🧊'), ` ${labels.bottomLine}`),
        bottomLine && h('p', { part: 'winner' }, bottomLine),
        ' ',
        v?.reason && h('p', { part: 'reason' }, v.reason),
      ),
    ' ',
  );
  if (c.contact) {
    const { prompt = labels.disagree, email, url } = c.contact;
    const links = [];
    if (email) links.push({ label: email, url: safe(`mailto:${email}`, ['mailto:']) });
    if (url) links.push({ label: url, url: safe(url) });
    article.append(
      h('footer', { part: 'contact' }, h('p', null, `${prompt} `, links.map((t, i) => [i ? ' · ' : '', link(t, 'contact-link')]).flat())),
    );
  }
  return article;
}

/**
 * `<vanilla-pick>`: the baseline as an element, fed like <nice-pick> by the `data` property or
 * the `src` attribute. Every new value re-creates the card's DOM (no diffing: that is the floor
 * for a first render, and what a framework-free card does on new data). `heading-level` is read
 * when the card renders (changing it later re-renders nothing: the benchmarks never do).
 */
export class VanillaPick extends HTMLElement {
  static observedAttributes = ['src'];
  #data;
  #request;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styles()];
  }

  get data() {
    return this.#data;
  }
  set data(value) {
    this.#data = value;
    this.#render();
  }

  get src() {
    return this.getAttribute('src') ?? undefined;
  }
  set src(value) {
    this.setAttribute('src', value);
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#load();
  }
  connectedCallback() {
    if (this.#data == null && this.src) this.#load();
  }
  disconnectedCallback() {
    this.#request?.abort();
    this.#request = undefined;
  }

  #render() {
    // As the element reads it: 1 to 4, 2 when missing or not a number.
    const level = Math.min(Math.max(Number(this.getAttribute('heading-level')) | 0 || 2, 1), 4);
    this.shadowRoot.replaceChildren(buildCard(this.#data, level));
    this.dispatchEvent(new CustomEvent('load'));
  }

  async #load() {
    this.#request?.abort();
    if (this.#data != null) return;
    const request = (this.#request = new AbortController());
    this.shadowRoot.replaceChildren(h('div', { part: 'card loading', role: 'status' }, 'Loading comparison…'));
    try {
      const response = await fetch(new URL(this.src, document.baseURI), { signal: request.signal });
      const json = await response.json();
      if (request !== this.#request) return;
      this.#request = undefined;
      this.data = json;
    } catch {
      // aborted: the card was removed or given another source
    }
  }
}

if (!customElements.get('vanilla-pick')) customElements.define('vanilla-pick', VanillaPick);
