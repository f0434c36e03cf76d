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
