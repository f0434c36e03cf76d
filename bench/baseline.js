// The vanilla baseline: the same card as <nice-pick> (markup of src/render.ts, CSS of
// src/styles.ts) written with plain DOM calls and no framework: the floor the benchmarks measure
// the element against. Not product code: it does not validate its input (the element's figures
// include src/check.ts, the baseline's do not), and it knows only what the fixtures use.
// `npm run bench:smoke` (bench/parity.mjs) checks that it renders what the element renders.

// The element's own CSS, read from src/styles.ts when this module loads (before any timing), so
// the two can never differ.
const stylesTs = await (await fetch(new URL('../src/styles.ts', import.meta.url))).text();
const CSS = stylesTs.slice(stylesTs.indexOf('css`') + 4, stylesTs.lastIndexOf('`'));

let sheet; // one constructable stylesheet, shared by every card, as Lit shares its own
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

const list = (items, heading, kind, marker) =>
  items.length
    ? [
        h('h4', { part: `${kind}s-heading` }, heading),
        h(
          'ul',
          { part: `${kind}s` },
          items.map((item) => h('li', { part: kind }, h('span', { class: 'marker', 'aria-hidden': 'true' }, marker), item)),
        ),
      ]
    : [];

/** The card for a comparison object in the data format (JSON as the fixtures have it). */
export function buildCard(c) {
  const labels = { ...defaultLabels, ...c.labels };
  const options = c.options.map((o) => ({ ...o, id: o.id ?? slug(o.name) }));
  const pick = options.find((o) => o.id === c.pick);
  const title = c.title ?? options.map((o) => o.name).join(' vs ');
  const v = c.verdict;
  const paragraphs = v ? (typeof v.text == 'string' ? [v.text] : (v.text ?? [])) : [];
  const bottomLine = v?.bottomLine || (pick && `${pick.name} wins`);

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
      h('h2', { part: 'title', id: 'title' }, title),
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
          h('h3', { part: 'option-name' }, url ? h('a', { part: 'option-link', href: url }, o.name) : o.name),
          (o.kind || isPick) &&
            h(
              'p',
              { class: 'meta' },
              o.kind && h('span', { part: 'kind' }, o.kind),
              ' ',
              isPick && h('span', { part: 'badge' }, labels.pick),
            ),
          ' ',
          o.summary && h('p', { part: 'summary' }, o.summary),
          ' ',
          list(o.pros, labels.pros, 'pro', '+'),
          ' ',
          related.length > 0 &&
            h(
              'div',
              { part: 'related' },
              h('span', { id: `related-${index}` }, labels.relatedTo),
              h(
                'ul',
                { 'aria-labelledby': `related-${index}` },
                related.map((t) => h('li', null, link(t, 'tag'))),
              ),
            ),
          ' ',
          list(o.cons, labels.cons, 'con', '−'),
        );
      }),
    ),
    paragraphs.length > 0 &&
      h('section', { part: 'verdict' }, h('h3', null, labels.verdict), paragraphs.map((p) => h('p', null, p))),
    ' ',
    (bottomLine || v?.reason) &&
      h(
        'section',
        { part: 'bottom-line' },
        h('h3', null, h('span', { 'aria-hidden': 'true' }, '🧊'), ` ${labels.bottomLine}`),
        bottomLine && h('p', { part: 'winner' }, bottomLine),
        ' ',
        v?.reason && h('p', null, v.reason),
      ),
    ' ',
  );
  if (c.contact) {
    const { prompt = 'Disagree with our pick?', email, url } = c.contact;
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
 * for a first render, and what a framework-free card does on new data).
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
    this.shadowRoot.replaceChildren(buildCard(this.#data));
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
