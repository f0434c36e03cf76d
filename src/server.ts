// nice-pick/server: the card as static HTML, made in Node (a site generator, a server, the CLI).
// Never imported by the element or the browser bundles: it needs @lit-labs/ssr, an optional peer
// dependency that only server users install.
import { createRequire } from 'node:module';
import { checkComparison } from './check.js';
import { staticCardHtml, type StaticTheme } from './embed.js';
import { defaultLabels, type CardLabels } from './comparison.js';
import { renderCard } from './render.js';
import { structuredData, type StructuredDataOptions } from './structured-data.js';
import { styles } from './styles.js';

export { structuredData } from './structured-data.js';
export type { StructuredDataAuthor, StructuredDataOptions } from './structured-data.js';

/** The package this module needs and nice-pick does not install: named in the error when missing. */
const SSR_PACKAGE = '@lit-labs/ssr';

// Loaded here, so a missing package is one clear error at import time, not a bare resolver one.
// With require(), which loads ES modules in Node 20.19 and later, rather than a top-level await:
// a tool that loads its config through require() (Docusaurus, with jiti) can load this module too.
const require = createRequire(import.meta.url);
let ssr: typeof import('@lit-labs/ssr');
let collect: typeof import('@lit-labs/ssr/lib/render-result.js');
try {
  ssr = require('@lit-labs/ssr');
  collect = require('@lit-labs/ssr/lib/render-result.js');
} catch (error) {
  const { code, message } = error as { code?: string; message?: string };
  if ((code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && message?.includes(SSR_PACKAGE)) {
    throw new Error(
      `nice-pick/server needs the package ${SSR_PACKAGE}, an optional peer dependency of nice-pick ` +
        `that is not installed: npm install --save-dev ${SSR_PACKAGE}`,
      { cause: error },
    );
  }
  throw error;
}

/** Options of {@link renderComparison}. */
export interface RenderOptions {
  /** The element's `theme`: `'auto'` (the default), `'light'` or `'dark'`. */
  theme?: 'auto' | 'light' | 'dark';
  /** The title's heading level, 1 to 4, as the element's `heading-level` (default 2). */
  headingLevel?: number;
  /** The card's fixed words, as the element's `labels` property; the data's own labels win. */
  labels?: CardLabels;
  /**
   * Adds schema.org JSON-LD for the options' pros and cons (see `structuredData`); `true`, or
   * `{ author }` to name the reviews' author. Off by default: for editorial comparisons only.
   */
  structuredData?: boolean | StructuredDataOptions;
  /** Called with each warning of the validator (a link shown as text). Default: console.warn. */
  onWarning?: (warning: string) => void;
}

const THEMES = ['auto', 'light', 'dark'];

/** The comments Lit's server renderer leaves for its hydration module, which the element does not use. */
export const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->/g;

/**
 * The card for `data` as static HTML: a `<nice-pick>` element holding a declarative shadow root
 * (`<template shadowrootmode="open">`) with the card's styles and markup, so a page shows the
 * whole card with no script at all, then the data itself as an inline
 * `<script type="application/json">`, from which the element, when its script loads, shows the
 * same card. With `structuredData`, a `<script type="application/ld+json">` follows.
 * Throws an Error listing every problem when `data` is not a valid comparison.
 */
export function renderComparison(data: unknown, options: RenderOptions = {}): string {
  const { theme = 'auto', headingLevel, labels, onWarning = (w) => console.warn(`nice-pick: ${w}`) } = options;
  if (!THEMES.includes(theme)) throw new TypeError(`renderComparison: theme must be "auto", "light" or "dark", not ${JSON.stringify(theme)}`);
  const result = checkComparison(data);
  if (!result.ok) throw new Error(`renderComparison: not a valid comparison:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  result.warnings.forEach((warning) => onWarning(warning));
  const checked = result.comparison;

  // renderCard takes the level as the element does: 1 to 4, 2 when not a number. Lit's hydration
  // markers (<!--lit-part …-->, <!--lit-node N-->) go: the element re-renders rather than hydrates,
  // and they were a fifth of a card's bytes. No text from the data can look like one (its "<" is
  // escaped), so only Lit's own comments match.
  const card = collect
    .collectResultSync(ssr.render(renderCard(checked, { ...defaultLabels, ...labels }, headingLevel)))
    .replace(LIT_MARKERS, '');

  const ld = options.structuredData
    ? { graph: structuredData(checked, options.structuredData === true ? {} : options.structuredData) }
    : undefined;
  // The wrapping (host, template, styles, inline JSON, JSON-LD) is src/embed.ts's, shared with the
  // studio, which renders the same card in the browser.
  try {
    return staticCardHtml(styles, { card, data, theme: theme as StaticTheme, headingLevel, structuredData: ld });
  } catch (e) {
    throw new Error(`renderComparison: ${(e as Error).message}`, { cause: e });
  }
}
