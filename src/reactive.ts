// A small reactive custom element on lit-html, Lit's templating core: declared properties
// re-render in a microtask, attributes and properties mirror each other, the styles are adopted
// once. LitElement does this and much more (controllers, style arrays, decorators, dev-mode
// warnings) that this card never uses, for about 2.1 KB gzipped more than this file: a fifth of
// the card's size budget (bench/RESULTS.md). Its API follows Lit's, so the element reads like a
// LitElement: `static properties`, `willUpdate`, `render`, `updated`, `updateComplete`.
import { nothing, render } from 'lit/html.js';

/** How a property is declared, in Lit's words (the manifest analyzer reads these too). */
export interface PropertyDeclaration {
  /** The attribute's name; the property's name in lower case by default; false for none. */
  attribute?: string | false;
  /** `Number` reads the attribute as a number, `Boolean` as present or not; otherwise a string. */
  type?: NumberConstructor | BooleanConstructor;
  /** Write the property back to its attribute after each change. */
  reflect?: boolean;
  /** Internal state: no attribute. */
  state?: boolean;
}

export type PropertyValues = Map<PropertyKey, unknown>;

// Node has no HTMLElement: there (server rendering, test runners) the class must still load.
const Element = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export abstract class ReactiveElement extends Element {
  static properties: Record<string, PropertyDeclaration>;
  /** The stylesheet text; adopted into the shadow root as one constructed sheet per class. */
  static styles: string;
  private static _sheet?: CSSStyleSheet;
  /** attribute name -> property name, made by `observedAttributes`. */
  private static _attributes?: Map<string, string>;

  /** The attributes of the declared properties; also puts an accessor on each property. */
  static get observedAttributes(): string[] {
    this._attributes = new Map();
    for (const [name, declared] of Object.entries(this.properties)) {
      const attribute = !declared.state && declared.attribute !== false && (declared.attribute || name.toLowerCase());
      if (attribute) this._attributes.set(attribute, name);
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveElement) {
          return this._values.get(name);
        },
        set(this: ReactiveElement, value: unknown) {
          const old = this._values.get(name);
          if (old === value) return;
          this._values.set(name, value);
          this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
    return [...this._attributes.keys()];
  }

  /** @internal Whether the element has rendered once. */
  hasUpdated = false;
  private _values = new Map<string, unknown>();
  private _changed: PropertyValues = new Map();
  private _done: Promise<unknown> = Promise.resolve();
  private _pending = false;
  private _enabled = false;
  private _rendered = false;
  /** Properties set on the element before it was defined: they are set again once it connects. */
  private _early: [string, unknown][] = [];

  constructor() {
    super();
    for (const name in (this.constructor as typeof ReactiveElement).properties) {
      if (Object.hasOwn(this, name)) {
        this._early.push([name, this[name as keyof this]]);
        delete this[name as keyof this];
      }
    }
  }

  /**
   * Resolves once every update asked for so far has rendered: after setting properties,
   * `await el.updateComplete` sees the card that shows them.
   */
  get updateComplete(): Promise<boolean> {
    return this._done.then(() => !this._pending || this.updateComplete);
  }

  /** Schedules one update (one microtask later) for any number of changes. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this._changed.has(name)) this._changed.set(name, old);
    if (this._enabled && !this._pending) {
      this._pending = true;
      this._done = Promise.resolve().then(() => this._update());
    }
  }

  connectedCallback(): void {
    if (this._enabled) return;
    const ctor = this.constructor as typeof ReactiveElement;
    // A declarative shadow root from the server (nice-pick/server) is taken as it is.
    if (!ctor._sheet) (ctor._sheet = new CSSStyleSheet()).replaceSync(ctor.styles);
    (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).adoptedStyleSheets = [ctor._sheet];
    for (const [name, value] of this._early.splice(0)) this[name as keyof this] = value as this[keyof this];
    this._enabled = true;
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const ctor = this.constructor as typeof ReactiveElement;
    const name = ctor._attributes!.get(attribute)!;
    const type = ctor.properties[name].type;
    (this as Record<string, unknown>)[name] = type == Boolean ? value !== null : type && value !== null ? Number(value) : value;
  }

  private _update(): void {
    const changed = this._changed;
    this.willUpdate(changed); // changes made here join this update
    this._changed = new Map();
    this._pending = false;
    const ctor = this.constructor as typeof ReactiveElement;
    for (const [attribute, name] of ctor._attributes!) {
      const value = this._values.get(name);
      if (ctor.properties[name].reflect && changed.has(name)) {
        if (value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      }
    }
    const content = this.render();
    // Until there is something to show, whatever the server rendered stays; the first content
    // replaces it in the same task, so the page never paints an empty card in between.
    if (this._rendered || content !== nothing) {
      if (!this._rendered) this.shadowRoot!.replaceChildren();
      this._rendered = true;
      render(content, this.shadowRoot!, { host: this });
    }
    this.hasUpdated = true;
    this.updated(changed);
  }

  /** Before rendering: derive state from the properties that changed. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** The shadow root's content. */
  protected abstract render(): unknown;

  /** After rendering: the DOM shows the changes. */
  protected updated(_changed: PropertyValues): void {}
}
