import { checkComparison } from './check.js';
import { defaultLabels, type CardLabels, type CheckedComparison, type Comparison } from './comparison.js';
import { errorEvent, loadEvent, type NicePickErrorDetail, type NicePickEventMap } from './events.js';
import { forget, loadJson, parseJson } from './load.js';
import { ReactiveElement, type PropertyDeclaration, type PropertyValues } from './reactive.js';
import { renderCard, renderState } from './render.js';
import { writeStructuredData } from './structured-data.js';
import { styles } from './styles.js';
import { version } from './version.js';

/** What the card shows: a comparison, an error, the loading placeholder, or (`{}`) nothing. */
type View = { comparison?: CheckedComparison; error?: NicePickErrorDetail; loading?: true };

/** The inline `<script type="application/json">`'s text without the whitespace around it, or null. */
const inlineText = (el: Element) => el.querySelector(':scope > script[type="application/json"]')?.textContent!.trim() ?? null;

/** The page's colour scheme, read once for all the cards that update together (see _follow). */
let pageScheme: string | undefined;

/** One observer for every `loading="lazy"` card: it loads each once it comes within 600px. */
let lazyCards: IntersectionObserver | undefined;
const nearby = () =>
  (lazyCards ??= new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        lazyCards!.unobserve(target);
        (target as NicePick)._near = true;
        (target as NicePick)._take();
      }
    },
    { rootMargin: '600px' },
  ));

/**
 * A pros/cons comparison card: "X vs Y", one column per option, the pick, the verdict and the
 * bottom line. Give it a comparison by the `data` property, the `src` attribute, or an inline
 * `<script type="application/json">` child, in that order of precedence.
 *
 * @summary An embeddable comparison card.
 * @tag nice-pick
 *
 * @event load - The card rendered new data. `event.detail` is the comparison as shown (a `CheckedComparison`). Does not bubble.
 * @event error - The card shows an error instead. An `ErrorEvent` whose `detail` is `{ kind: 'network' | 'timeout' | 'http' | 'type' | 'size' | 'parse' | 'invalid', message, url?, status?, problems? }`. Does not bubble.
 *
 * @csspart card - The card's box, in every state (with `loading` or `error` while it shows those).
 * @csspart header - The label, title and intro.
 * @csspart label - The small category tag above the title.
 * @csspart title - The title heading.
 * @csspart intro - The lead paragraph.
 * @csspart hero - The box naming the pick, under the intro.
 * @csspart hero-mark - The "Nice Pick" line in the hero.
 * @csspart hero-name - The pick's name in the hero.
 * @csspart hero-summary - The pick's summary in the hero.
 * @csspart options - The grid of option columns.
 * @csspart option - One option's column.
 * @csspart option-pick - The winning option's column (it also has `option`).
 * @csspart option-name - An option's name heading.
 * @csspart option-link - The link in an option's name, when it has a `url`.
 * @csspart meta - The line under an option's name: its kind and, on the pick, the badge.
 * @csspart kind - An option's kind ("concept", "tool"…).
 * @csspart badge - The "Nice Pick" badge on the winning column.
 * @csspart summary - An option's summary.
 * @csspart pros-heading - The "Pros" heading.
 * @csspart pros - The list of pros.
 * @csspart pro - One pro.
 * @csspart pro-marker - The "+" before each pro (hidden from assistive technology, which hears the list's heading).
 * @csspart cons-heading - The "Cons" heading.
 * @csspart cons - The list of cons.
 * @csspart con - One con.
 * @csspart con-marker - The "−" before each con (hidden from assistive technology).
 * @csspart related - The "Related to:" line.
 * @csspart related-label - The words "Related to:" (they name the list of tags).
 * @csspart tag - One related tag (a link when it has a `url`).
 * @csspart verdict - "The Verdict" section.
 * @csspart verdict-heading - The "The Verdict" heading.
 * @csspart verdict-text - Each paragraph of the verdict.
 * @csspart bottom-line - "The Bottom Line" section.
 * @csspart bottom-line-heading - The "The Bottom Line" heading.
 * @csspart winner - The bottom line's sentence ("GPU Training wins").
 * @csspart reason - The sentence under the bottom line.
 * @csspart contact - The "Disagree with our pick?" line.
 * @csspart contact-link - The e-mail or web link in the contact line.
 * @csspart loading - The placeholder shown while loading (with `card`).
 * @csspart error - The error message (with `card`).
 * @csspart retry - The "Try again" button in the error message (network errors, timeouts, server errors).
 *
 * @cssprop [--nice-pick-accent=light-dark(#0969da, #4493f8)] - The pick's colour: hero, badge, pick border, links.
 * @cssprop [--nice-pick-on-accent=light-dark(#fff, #0d1117)] - Text on the accent colour (the badge).
 * @cssprop [--nice-pick-background=light-dark(#fff, #0d1117)] - The card's background.
 * @cssprop [--nice-pick-surface=light-dark(#f6f8fa, #161b22)] - The option columns' and bottom line's background.
 * @cssprop [--nice-pick-text=light-dark(#1f2328, #e6edf3)] - The text colour.
 * @cssprop [--nice-pick-muted=light-dark(#59636e, #9198a1)] - Secondary text: label, kind, intro, the "Related to:" line and its unlinked tags, the contact prompt.
 * @cssprop [--nice-pick-border=light-dark(#818b98, #656c76)] - Borders of the card, columns and tags.
 * @cssprop [--nice-pick-pro=light-dark(#1a7f37, #3fb950)] - The pros' "+" markers.
 * @cssprop [--nice-pick-con=light-dark(#cf222e, #f85149)] - The cons' "−" markers and the error border.
 * @cssprop [--nice-pick-radius=0.75rem] - The card's corner radius; the columns, boxes, tags and badge follow it (`0` squares them all).
 * @cssprop [--nice-pick-spacing=1rem] - The space between the card's pieces; the card's padding is 1.5 times it (less in a column narrower than 30 of it).
 * @cssprop [--nice-pick-font=inherit] - The font family; the page's by default.
 * @cssprop [--nice-pick-max-width=none] - The card's largest width.
 * @cssprop [--nice-pick-loading-height=50rem] - The height the loading placeholder reserves; set it near the card's real height (on the element, or on `nice-pick:not(:defined)` too) so nothing below moves when the card arrives.
 */
export class NicePick extends ReactiveElement {
  /**
   * Registers the element as `tag` (default `nice-pick`) in `registry` (default the page's), unless
   * that name is taken already: then the first definition stays, as two copies of the script on
   * one page need, with one console warning if it is another version. Returns the class
   * registered under `tag`.
   */
  static define(tag = 'nice-pick', registry = globalThis.customElements): CustomElementConstructor | undefined {
    const first = registry?.get(tag) as { version?: string } | undefined;
    if (first) {
      // Two different copies of the script on one page: say which one the page gets.
      if (first.version && first.version != this.version) {
        console.warn(`<${tag}>: version ${this.version} is not registered: version ${first.version} came first and stays.`);
      }
    } else if (registry) {
      try {
        registry.define(tag, this);
      } catch {
        // One class can be defined only once per registry: another name gets a subclass.
        registry.define(tag, class extends this {});
      }
    }
    return registry?.get(tag);
  }

  /** This copy's version, the package's: a second copy of the script compares it (see `define`). */
  static version = version;

  static override styles = styles;

  static override properties: Record<string, PropertyDeclaration> = {
    data: { attribute: false },
    src: {},
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
    timeout: { type: Number },
    credentials: {},
    loading: {},
    labels: { attribute: false },
    _view: { state: true },
  };

  /**
   * The comparison, as an object (takes precedence over `src` and the inline script). Set a new
   * object to re-render; a value set before the element is defined is kept.
   */
  declare data: Comparison | null | undefined;

  /** The URL of a comparison JSON file, resolved against the page. Changing it loads the new one. */
  declare src: string | undefined;

  /**
   * `auto` follows the page's colour scheme when it declares one (`color-scheme: dark` on its
   * root or body, as a site's own dark-mode switch sets it), else the reader's; `light` or `dark`
   * forces one.
   */
  declare theme: 'auto' | 'light' | 'dark';

  /**
   * The title's heading level, to fit the page's outline: 1 to 4 (other values count as the
   * nearest of these, or 2 if not a number). Option names and sections sit one level below it,
   * the pros and cons headings two, so the card's headings stay within h1 to h6.
   */
  declare headingLevel: number;

  /**
   * The card's fixed words, for apps that localize in code: any of `pick`, `pros`, `cons`,
   * `relatedTo`, `verdict`, `bottomLine`, `wins` ("{name} wins"), `disagree`, `loading`, `error`.
   * Words the data's own `labels` give win over these; the rest stay in English.
   */
  declare labels: CardLabels | undefined;

  /**
   * Adds the comparison as schema.org JSON-LD for search engines (each option a Product with a
   * Review of its pros and cons), in a `<script type="application/ld+json">` inside the element:
   * opt-in, for editorial comparisons only (docs: "Server rendering", "Structured data for search"). One per card:
   * a block the server rendered is reused.
   */
  declare structuredData: boolean;

  /**
   * How long a `src` request may take, in milliseconds, before the card shows a timeout error
   * (with "Try again"). Default 10000.
   */
  declare timeout: number;

  /**
   * Whether a `src` request sends cookies: `omit` (the default: a comparison is public data, and
   * a third-party file should not learn who reads it), `same-origin` or `include`, as for fetch.
   */
  declare credentials: RequestCredentials;

  /**
   * `lazy` waits with a `src` request until the card nears the viewport, as `<img loading>`
   * does; `eager` (the default) asks at once, so the card is ready when the reader scrolls to it.
   */
  declare loading: 'eager' | 'lazy';

  /** @internal What the card shows now. */
  declare private _view: View;
  private _request?: AbortController;
  private _inlineText?: string | null;
  private _event?: Event;
  private _observer?: MutationObserver;
  private _recheck = () => this._check();
  /** @internal For `loading="lazy"`: the card came near the viewport once. */
  _near?: boolean;
  private _internals = this.attachInternals();

  constructor() {
    super();
    this.theme = 'auto';
    this.headingLevel = 2;
    this.structuredData = false;
    this.timeout = 10000;
    this.credentials = 'omit';
    this.loading = 'eager';
    this._view = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The inline script may arrive after the element (the parser adds children later) or change.
    // The same observer watches the page's root and body: a dark-mode switch changes their class.
    this._observer ??= new MutationObserver(() => this._check());
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    for (const node of [document.documentElement, document.body]) node && this._observer.observe(node, { attributes: true });
    // Put back after a change made while it was out of the page: it shows what is there now, a
    // microtask later, as styles are read only outside the page's insertion (see _follow).
    if (this.hasUpdated) queueMicrotask(() => this.isConnected && this._check());
    if (this._view.loading && !this._request) this._take();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    lazyCards?.unobserve(this);
    // A removed card stops its request; it loads again if it is put back.
    this._request?.abort();
    this._request = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) this._follow();
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this._take();
  }

  protected override render() {
    const view = this._view;
    const labels = { ...defaultLabels, ...this.labels };
    const { kind, status = 500 } = view.error ?? {};
    // Trying again helps when the network or the server failed, not when the data is wrong.
    const retryable = kind == 'network' || kind == 'timeout' || (kind == 'http' && status >= 500);
    return view.comparison
      ? renderCard(view.comparison, labels, this.headingLevel)
      : renderState(view, labels, retryable ? () => this.reload() : undefined);
  }

  protected override updated(): void {
    writeStructuredData(this, this.structuredData && this._view.comparison);
    // Events fire after the state they announce is on screen.
    const event = this._event;
    this._event = undefined;
    if (event) this.dispatchEvent(event);
  }

  /** The page's colour scheme, and the inline script's text: has either changed? */
  private _check(): void {
    this._follow();
    if (this.data == null && !this.src && inlineText(this) !== this._inlineText) this._take();
  }

  /**
   * In `auto`, a page that declares one colour scheme on its root or body (`color-scheme: dark`,
   * say) gives the card the scheme it inherits; a page that declares none, or both, leaves the
   * choice to the reader's preference. The host's own color-scheme is the page's: the card's is
   * set inside (styles.ts).
   *
   * Reading a style makes the browser compute the page's styles: once for all the cards that
   * update together (the value is forgotten a microtask after), not once per card, and never in
   * connectedCallback, where Chromium keeps ~60 bytes per inserted size container for good
   * (bench/RESULTS.md, memory).
   */
  private _follow(): void {
    if (pageScheme == null) {
      pageScheme = getComputedStyle(document.body ?? document.documentElement).colorScheme;
      queueMicrotask(() => (pageScheme = undefined));
    }
    this._internals.states[pageScheme.includes('dark') != pageScheme.includes('light') ? 'add' : 'delete']('page');
  }

  /**
   * @internal Takes the comparison from the source that wins: `data`, then `src`, then the inline
   * script.
   */
  _take(): void {
    this._request?.abort();
    this._request = undefined;
    const text = (this._inlineText = inlineText(this));
    if (this.data != null) this._show(this.data, 'The comparison in the data property');
    else if (this.src) void this._fetch(this.src);
    else if (text != null) {
      const where = 'The inline <script type="application/json">';
      try {
        this._show(parseJson(text, where), where);
      } catch (error) {
        // While the page is still parsing, the script may not have all its text yet (a cut JSON
        // object never parses): shown as soon as it parses, judged once the page is parsed (the
        // text is then taken again, as not yet read). The same listener function each time, so
        // the page registers it once however often we ask.
        if (document.readyState == 'loading') {
          this._inlineText = undefined;
          document.addEventListener('DOMContentLoaded', this._recheck, { once: true });
        } else this._fail(error as NicePickErrorDetail); // Only parseJson throws, and only these.
      }
    } else this._view = {};
  }

  /**
   * Loads the comparison again: `src` from the server (not from the answer other cards share),
   * or the `data` or inline script as they are now. What "Try again" does.
   */
  reload(): void {
    if (this.src) forget(this.src);
    this._take();
  }

  private async _fetch(src: string): Promise<void> {
    this._view = { loading: true };
    // A card removed before it started loading fetches nothing until it is put back.
    if (!this.isConnected) return;
    if (this.loading == 'lazy' && !this._near) return nearby().observe(this);
    const request = (this._request = new AbortController());
    let loaded: { json: unknown; url: string };
    try {
      loaded = await loadJson(src, request.signal, this.credentials, this.timeout || 10_000);
    } catch (error) {
      // Unless a newer source, or the card's removal, took over (and aborted this request).
      if (request === this._request) this._fail(error as NicePickErrorDetail);
      return;
    }
    if (request !== this._request) return;
    this._request = undefined;
    this._show(loaded.json, loaded.url, loaded.url);
  }

  /** Checks `json` and shows it; `where` names it in error messages. */
  private _show(json: unknown, where: string, url?: string): void {
    let result;
    try {
      result = checkComparison(json);
    } catch (e) {
      // Only a hostile object (a throwing getter, a revoked proxy) gets here; JSON never does.
      return this._fail({ kind: 'invalid', message: `${where} could not be read (${e}).`, url });
    }
    if (!result.ok) {
      return this._fail({ kind: 'invalid', message: `${where} is not a valid comparison:`, url, problems: result.problems });
    }
    for (const warning of result.warnings) console.warn(`<nice-pick>: ${warning}`);
    this._view = { comparison: result.comparison };
    this._event = loadEvent(result.comparison);
  }

  private _fail(error: NicePickErrorDetail): void {
    // One string, whatever the number of problems (a spread of 250,000 overflows the stack).
    console.warn(`<nice-pick>: ${[error.message, ...(error.problems ?? [])].join('\n')}`);
    this._view = { error };
    this._event = errorEvent(error);
  }
}

export interface NicePick {
  addEventListener<K extends keyof NicePickEventMap>(
    type: K,
    listener: (this: NicePick, event: NicePickEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof NicePickEventMap>(
    type: K,
    listener: (this: NicePick, event: NicePickEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}
