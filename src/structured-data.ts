// Structured data: schema.org JSON-LD for search engines, made from the card's own visible text.
// `graph` is a pure function of the checked comparison; writeStructuredData puts its result in
// the page for the element, and is the only part here that touches the DOM (when called).
import type { CheckedComparison, CheckedOption } from './comparison.js';

/** Who wrote the review: a person, or a team or publication ("Example Reviews"), by its name. */
export interface StructuredDataAuthor {
  /** A real name (of a person or a team), never promotional text. */
  name: string;
  /** Default: `'Person'`. */
  type?: 'Person' | 'Organization';
  /** A page about the author. */
  url?: string;
}

/** Options of {@link structuredData}. */
export interface StructuredDataOptions {
  /**
   * The author of every option's review. The data format has none, so without it the reviews
   * have no `author`: valid schema.org, but Google's review rich results ask for one.
   */
  author?: StructuredDataAuthor;
}

/** The fewest statements (pros and cons together) a review needs to be marked up (Google's rule). */
const MIN_STATEMENTS = 2;

type Json = Record<string, unknown>;

/** Statements worth marking up: the visible ones with some text ("" shows as an empty item). */
const statements = (items: string[]): string[] => items.filter((item) => item.trim() !== '');

const itemList = (items: string[]): Json => ({
  '@type': 'ItemList',
  itemListElement: items.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
});

const author = ({ name, type = 'Person', url }: StructuredDataAuthor): Json => {
  if (typeof name != 'string' || !name.trim()) throw new TypeError('structuredData: author.name must be a non-empty string');
  if (type !== 'Person' && type !== 'Organization') {
    throw new TypeError(`structuredData: author.type must be "Person" or "Organization", not ${JSON.stringify(type)}`);
  }
  return { '@type': type, name, ...(url && { url }) };
};

const product = (option: CheckedOption, by: Json | undefined): Json | undefined => {
  const pros = statements(option.pros);
  const cons = statements(option.cons);
  if (pros.length + cons.length < MIN_STATEMENTS) return;
  return {
    '@type': 'Product',
    name: option.name,
    ...(option.url && { url: option.url }),
    review: {
      '@type': 'Review',
      ...(by && { author: by }),
      ...(pros.length && { positiveNotes: itemList(pros) }),
      ...(cons.length && { negativeNotes: itemList(cons) }),
    },
  };
};

/**
 * The comparison as schema.org JSON-LD, for Google's pros and cons: one `Product` for each option
 * (its name, and its `url` when the card links it) with a `Review` whose `positiveNotes` and
 * `negativeNotes` are `ItemList`s of its pros and cons, word for word and in order. An option
 * with fewer than two statements (pros and cons together) is left out, as Google requires; with
 * none left, the result is `undefined`. For editorial comparisons only: see the docs (site/docs/server-rendering.md).
 */
export const structuredData = (c: CheckedComparison, options: StructuredDataOptions = {}): object | undefined =>
  graph(c, options.author && author(options.author));

/** The JSON-LD with `by` (already checked) as every review's author: the element's part (no author). */
export const graph = (c: CheckedComparison, by?: Json): object | undefined => {
  const products = c.options.map((option) => product(option, by)).filter((p) => p !== undefined);
  if (products.length) return { '@context': 'https://schema.org', '@graph': products };
};

/** The Trusted Types policy for the JSON-LD text (`structured-data`), made on first use. */
interface ScriptPolicy {
  createScript(json: string): unknown;
}
type TrustedTypes = { createPolicy(name: string, rules: { createScript(json: string): string }): ScriptPolicy };
let scriptPolicy: ScriptPolicy | undefined;

/**
 * The element's `structured-data`: keeps the `<script type="application/ld+json">` child of
 * `host` equal to the JSON-LD of `c`, or removes it when there is no `c` (or nothing in it to
 * mark up). Where the page enforces Trusted Types without allowing our policy, the script is
 * removed and a warning logged.
 */
export const writeStructuredData = (host: Element, c: CheckedComparison | false | undefined): void => {
  const block = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  const data = c && graph(c);
  if (data) {
    // "<" as \u003c: the page saved or prerendered as HTML must not end the script at a "</script"
    // in the data. Unchanged text is not written again (a server's block stays as it came).
    const text = JSON.stringify(data).replace(/</g, '\\u003c');
    const script = block ?? host.appendChild(document.createElement('script'));
    script.type = 'application/ld+json';
    if (script.textContent != text) {
      // Writing a script's text is a Trusted Types sink, even for a data block: where the page
      // enforces them, its policy must allow ours, "nice-pick" (docs: site/docs/safety.md).
      try {
        scriptPolicy ??= (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy('nice-pick', {
          createScript: (json: string) => json,
        });
        script.text = (scriptPolicy?.createScript(text) ?? text) as string;
      } catch {
        script.remove();
        console.warn('<nice-pick>: structured-data needs the Trusted Types policy "nice-pick" on this page.');
      }
    }
  } else block?.remove();
};
