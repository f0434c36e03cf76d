// The HTML that embeds one comparison in a page: the script tag and a <nice-pick> element with
// the comparison inline. One source for both makers of it: `nice-pick embed` (bin/nice-pick.mjs,
// through lib/embed.js) and the studio's "Taking it away" panel (site/studio/export.ts).
// Never imported by the element, so the bundles do not grow.

/** The CDN's URL of the element's bundle for a package version: the major version pinned. */
export const cdnScriptUrl = (version: string): string =>
  `https://cdn.jsdelivr.net/npm/nice-pick@${version.split('.')[0]}/dist/nice-pick.js`;

/**
 * JSON text made safe as the text of an HTML <script> element: no "<" at all (so neither
 * "</script" nor "<!--" can appear), nor U+2028/U+2029. Every one of them can only be inside a
 * JSON string, where the \uXXXX escape reads back as the same character. Also used by
 * renderComparison (src/server.ts) for its compact JSON.
 */
export const scriptSafe = (json: string): string =>
  json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** `data` as 2-space indented JSON, safe as the text of an HTML <script> element (`scriptSafe`). */
export const scriptSafeJson = (data: unknown): string => scriptSafe(JSON.stringify(data, null, 2));

/** `"` and `&` escaped, for a value inside a double-quoted attribute. */
export const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The script tag for `scriptUrl` and a <nice-pick> element with `data` inline, ending in a line
 * break: what `nice-pick embed` prints (with the CDN's URL) and the studio's blog snippet.
 */
export function embedHtml(data: unknown, scriptUrl: string): string {
  const json = scriptSafeJson(data).replace(/\n/g, '\n    ');
  return (
    `<script type="module" src="${attribute(scriptUrl)}"></script>\n` +
    `<nice-pick>\n` +
    `  <script type="application/json">\n` +
    `    ${json}\n` +
    `  </script>\n` +
    `</nice-pick>\n`
  );
}

/** The element's `theme` attribute values. */
export type StaticTheme = 'auto' | 'light' | 'dark';

/** What {@link staticCardHtml} wraps around a card's markup. */
export interface StaticCardParts {
  /** The card's markup: `renderCard` (src/render.ts) rendered to HTML, by @lit-labs/ssr or the browser. */
  card: string;
  /** The comparison, written as the element's inline JSON (compact). */
  data: unknown;
  /** The element's `theme` (reflected, so always written). */
  theme: StaticTheme;
  /** The `heading-level` attribute, written only when given. */
  headingLevel?: number;
  /** Writes the `structured-data` attribute, and the JSON-LD graph after the JSON when there is one. */
  structuredData?: { graph: unknown };
}

/** Compact JSON of `value`, safe as the text of an HTML <script> element (`scriptSafe`). */
function compactScriptSafeJson(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch (e) {
    // Thousands of levels of nesting (in a field the card ignores) overflow JSON.stringify.
    throw new Error(`the data cannot be written out as JSON (${(e as Error).message}); drop the deeply nested fields the card does not use`);
  }
  return scriptSafe(json);
}

/**
 * The static card: `<nice-pick theme=…>` holding a declarative shadow root (the card's styles and
 * markup), then the data as an inline `<script type="application/json">` (from which the element,
 * when its script loads, shows the same card) and, with `structuredData`, its JSON-LD. One maker
 * for both: `renderComparison` (src/server.ts, `nice-pick render`) and the studio's "No script
 * allowed" snippet (site/studio/static-card.ts), which renders the same `renderCard` in the browser.
 * `styles` is the element's stylesheet text (src/styles.ts), passed in so this file stays small.
 */
export function staticCardHtml(styles: string, { card, data, theme, headingLevel, structuredData }: StaticCardParts): string {
  // The attributes the element would have: theme reflects; heading-level only when given.
  let host = `<nice-pick theme="${theme}"`;
  if (headingLevel !== undefined) host += ` heading-level="${attribute(String(headingLevel))}"`;
  let ld = '';
  if (structuredData) {
    host += ' structured-data';
    if (structuredData.graph) ld = `<script type="application/ld+json">${compactScriptSafeJson(structuredData.graph)}</script>`;
  }
  // The host's start tag alone on the first line, and no blank line anywhere: Markdown passes the
  // whole card through as one HTML block (CommonMark's kind 7), so a shortcode works in a
  // Markdown page. Only white space between tags or inside text goes, which HTML shows the same.
  return (
    `${host}>\n<template shadowrootmode="open"><style>${styles}</style>${card}</template>` +
    `<script type="application/json">${compactScriptSafeJson(data)}</script>${ld}</nice-pick>`
  ).replace(/\n\s*\n/g, '\n');
}
