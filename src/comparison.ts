// The <nice-pick> data format, version 1: the public contract.
// These types are the one source: schema/nice-pick.schema.json is generated from them
// (scripts/schema.mjs), and test/node/contract.test.ts proves the validator agrees with it.

/**
 * A comparison of 2 to 4 options, in the <nice-pick> data format, version 1.
 * Fields the card does not know are ignored.
 */
export interface Comparison {
  /** The URL of the JSON Schema this file follows; the card ignores it. */
  $schema?: string;
  /** A small category tag shown above the title, e.g. "Dynamic". */
  label?: string;
  /** The card's title. Default: the option names joined by " vs ". */
  title?: string;
  /** The lead paragraph under the title. */
  intro?: string;
  /**
   * The options compared, in column order.
   * @minItems 2
   * @maxItems 4
   */
  options: ComparisonOption[];
  /** The `id` of the winning option. Absent or null: no pick (a tie). */
  pick?: string | null;
  /** The verdict shown under the columns. */
  verdict?: Verdict;
  /** The "Disagree with our pick?" line at the bottom. */
  contact?: Contact;
  /** The language of the comparison's text (a BCP 47 tag such as "en" or "ar"). */
  lang?: string;
  /** The direction of the comparison's text; "rtl" lays the card out right to left. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Replacements for the card's fixed words, for comparisons not in English. */
  labels?: Labels;
}

/** One option of a comparison: one column of the card. */
export interface ComparisonOption {
  /**
   * What `pick` refers to. Default: the name in lower case, each run of characters other than
   * letters and digits as "-", with none at either end ("GPU Training" is "gpu-training").
   */
  id?: string;
  /**
   * The option's name, the column heading.
   * @minLength 1
   */
  name: string;
  /** What sort of thing it is: "concept", "platform", "tool"… */
  kind?: string;
  /** A sentence or two about the option. */
  summary?: string;
  /**
   * Its strengths, one statement each.
   * @maxItems 100
   */
  pros: string[];
  /**
   * Its weaknesses, one statement each.
   * @maxItems 100
   */
  cons: string[];
  /**
   * Related topics, shown as "Related to:" tags; a tag with a `url` is a link.
   * @maxItems 20
   */
  related?: (string | RelatedTag)[];
  /** A page about the option; the name links to it. Only http(s) URLs are used. */
  url?: string;
}

/** A related topic with an optional link. */
export interface RelatedTag {
  /** @minLength 1 */
  label: string;
  /** Only http(s) URLs are used. */
  url?: string;
}

/** The verdict section. */
export interface Verdict {
  /**
   * "The Verdict": one paragraph, or several (at most 20) as an array.
   * @maxItems 20
   */
  text?: string | string[];
  /** "The Bottom Line". Default when there is a pick: "NAME wins" (the `wins` label). */
  bottomLine?: string;
  /** The sentence under the bottom line. */
  reason?: string;
}

/** Where readers can send their disagreement. */
export interface Contact {
  /** Default: "Disagree with our pick?" (the `disagree` label). */
  prompt?: string;
  /** An e-mail address, linked with mailto:. */
  email?: string;
  /** A web page; only http(s) URLs are used. */
  url?: string;
}

/** The card's fixed words. Each one left out stays in English. */
export interface Labels {
  /** Default: "Nice Pick". */
  pick?: string;
  /** Default: "Pros". */
  pros?: string;
  /** Default: "Cons". */
  cons?: string;
  /** Default: "Related to:". */
  relatedTo?: string;
  /** Default: "The Verdict". */
  verdict?: string;
  /** Default: "The Bottom Line". */
  bottomLine?: string;
  /** The default bottom line when there is a pick; `{name}` stands for the pick's name. Default: "{name} wins". */
  wins?: string;
  /** The contact line's prompt when `contact.prompt` is absent. Default: "Disagree with our pick?". */
  disagree?: string;
}

/**
 * The card's fixed words as the element's `labels` property takes them: the data's labels, plus
 * the words shown before any data is there (loading) or when it could not be shown (error).
 */
export interface CardLabels extends Labels {
  /** The placeholder while a comparison loads. Default: "Loading comparison…". */
  loading?: string;
  /** The first sentence of the error message. Default: "This comparison could not be shown.". */
  error?: string;
  /** The button that loads again after a network error, a timeout or a server error. Default: "Try again". */
  retry?: string;
}

/** A text that may link: after checking, `url` is present only when it is safe to link. */
export interface CheckedTag {
  label: string;
  url?: string;
}

/** An option after checking: its `id` is filled in and its URLs are safe or gone. */
export interface CheckedOption {
  id: string;
  name: string;
  kind?: string;
  summary?: string;
  pros: string[];
  cons: string[];
  related: CheckedTag[];
  url?: string;
}

/**
 * A comparison after checking, as the card renders it and as the `load` event carries it:
 * only known fields, defaults filled in, verdict paragraphs as an array, unsafe URLs removed.
 */
export interface CheckedComparison {
  label?: string;
  title: string;
  intro?: string;
  options: CheckedOption[];
  pick: string | null;
  verdict?: { text: string[]; bottomLine?: string; reason?: string };
  /** The prompt, if the data has one, and the e-mail and web links, in that order. */
  contact?: { prompt?: string; links: CheckedTag[] };
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  /** The data's own labels, only those it gives (the card fills in the rest). */
  labels: Labels;
}

/** English defaults of the fixed words. */
export const defaultLabels: Required<CardLabels> = {
  pick: 'Nice Pick',
  pros: 'Pros',
  cons: 'Cons',
  relatedTo: 'Related to:',
  verdict: 'The Verdict',
  bottomLine: 'The Bottom Line',
  wins: '{name} wins',
  disagree: 'Disagree with our pick?',
  loading: 'Loading comparison…',
  error: 'This comparison could not be shown.',
  retry: 'Try again',
};
