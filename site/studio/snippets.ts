// The texts of the studio's "Taking it away" panel (export.ts): one for each place a comparison
// can go. Pure functions of the checked comparison and a few URLs, so the tests can compare them
// with what the CLI prints. The blog snippet is src/embed.ts's, the one `nice-pick embed` prints.
import { embedHtml, scriptSafeJson } from '../../src/embed.js';

export type Theme = 'auto' | 'light' | 'dark';

export interface SnippetInput {
  /** The checked comparison (what the element's `data` takes). */
  data: unknown;
  /** Where the page loads nice-pick.js from: the CDN's URL, the user's own, or a path. */
  scriptUrl: string;
  /** The viewer's absolute URL (…/embed/), without query or fragment. */
  viewerUrl: string;
  /** The studio's absolute URL, without fragment. */
  studioUrl: string;
  /** The share link's data: the part after `#c=` (site/src/share.ts `encodeComparison`). */
  shareData: string;
  /** The iframe card's theme. */
  theme: Theme;
}

export interface Snippets {
  blog: string;
  /** The downloaded file's name and text, and the snippet that loads it with `src`. */
  fileName: string;
  fileText: string;
  file: string;
  /**
   * The static card (declarative shadow DOM and inline JSON, as `nice-pick render` prints): made
   * in the browser by static-card.ts, which needs a DOM, so `snippets` leaves it '' and the
   * export panel fills it in.
   */
  staticCard: string;
  markdown: string;
  react: string;
  vue: string;
  svelte: string;
  iframe: string;
  link: string;
}

interface Named {
  title?: unknown;
  options?: { name?: unknown }[];
}

/** The comparison's title, or its options' names joined by "vs". */
export function titleOf(data: unknown): string {
  const { title, options } = (data ?? {}) as Named;
  if (typeof title === 'string' && title.trim()) return title.trim();
  const names = (options ?? []).map((o) => o?.name).filter((n): n is string => typeof n === 'string' && !!n.trim());
  return names.length ? names.join(' vs ') : 'Comparison';
}

/** A file name's stem from a title: lower case ASCII letters and digits joined by "-". */
export function slug(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'comparison';
}

/** Text for a double-quoted HTML attribute. */
const attribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `json` with every line after the first indented by `by`. */
const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

/** Accepts an http(s) URL or a relative path (not `javascript:`, `data:`…): the URL, or why not. */
export function checkScriptUrl(value: string): { ok: true; url: string } | { ok: false; message: string } {
  const url = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (/[\s<>"'`\\]/.test(url) || /[\u0000-\u001f\u007f]/.test(url)) {
    return { ok: false, message: 'An address has no spaces, quotes, backslashes or angle brackets. Give an https:// address or a path such as /assets/nice-pick.js.' };
  }
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') {
      return { ok: false, message: `"${name}:" addresses are not accepted: give an https:// (or http://) address, or a path on your site such as /assets/nice-pick.js.` };
    }
    try {
      new URL(url);
    } catch {
      return { ok: false, message: `"${url}" is not a complete address: write it as https://your-site.example/assets/nice-pick.js.` };
    }
  }
  return { ok: true, url };
}

/** Every snippet for one comparison. */
export function snippets({ data, scriptUrl, viewerUrl, studioUrl, shareData, theme }: SnippetInput): Snippets {
  const title = titleOf(data);
  const fileName = `${slug(title)}.json`;
  const pretty = JSON.stringify(data, null, 2);
  const scriptTag = `<script type="module" src="${attribute(scriptUrl)}"></script>`;
  // Markdown: a fence longer than any run of backticks in the text (JSON cannot start a line with one, but still)
  const longest = Math.max(0, ...(pretty.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const viewer = `${viewerUrl}${theme === 'auto' ? '' : `?theme=${theme}`}#c=${shareData}`;
  return {
    blog: embedHtml(data, scriptUrl),
    fileName,
    fileText: `${pretty}\n`,
    file: `${scriptTag}\n<nice-pick src="${attribute(fileName)}"></nice-pick>\n`,
    staticCard: '',
    markdown: `${fence}nice-pick\n${pretty}\n${fence}\n`,
    react:
      `import 'nice-pick'; // registers <nice-pick>: before the first render\n` +
      `import type {} from 'nice-pick/react'; // types <nice-pick> in JSX\n` +
      `import type { Comparison } from 'nice-pick';\n\n` +
      `const comparison: Comparison = ${pretty};\n\n` +
      `export function ComparisonCard() {\n` +
      `  return (\n` +
      `    <nice-pick\n` +
      `      data={comparison}\n` +
      `      onload={(event) => console.log('shown:', event.detail.title)}\n` +
      `      onerror={(event) => console.warn(event.detail.kind, event.message)}\n` +
      `    />\n` +
      `  );\n` +
      `}\n`,
    vue:
      `import { createApp, shallowRef } from 'vue';\n` +
      `import 'nice-pick'; // registers <nice-pick>: before mounting\n` +
      `import type { Comparison, NicePickErrorEvent, NicePickLoadEvent } from 'nice-pick';\n\n` +
      `const initialComparison: Comparison = ${pretty};\n\n` +
      `const comparison = shallowRef(initialComparison); // the card gets the object itself\n` +
      `const app = createApp({\n` +
      `  setup: () => ({\n` +
      `    comparison,\n` +
      `    onLoad: (event: NicePickLoadEvent) => console.log('shown:', event.detail.title),\n` +
      `    onError: (event: NicePickErrorEvent) => console.warn(event.detail.kind, event.message),\n` +
      `  }),\n` +
      `  template: \`\n` +
      `    <nice-pick :data="comparison" @load="onLoad" @error="onError"></nice-pick>\`,\n` +
      `});\n` +
      `app.config.compilerOptions.isCustomElement = (tag) => tag === 'nice-pick';\n` +
      `app.mount('#app');\n`,
    // inside <script>: "<" escaped, so a "</script>" in the data cannot end it
    svelte:
      `<script lang="ts">\n` +
      `  import 'nice-pick'; // registers <nice-pick>: before the first render\n` +
      `  import type { Comparison, NicePickErrorEvent, NicePickLoadEvent } from 'nice-pick';\n\n` +
      `  const comparison: Comparison = ${indent(scriptSafeJson(data), '  ')};\n` +
      `</script>\n\n` +
      `<nice-pick\n` +
      `  data={comparison}\n` +
      `  onload={(event: NicePickLoadEvent) => console.log('shown:', event.detail.title)}\n` +
      `  onerror={(event: NicePickErrorEvent) => console.warn(event.detail.kind, event.message)}\n` +
      `></nice-pick>\n`,
    iframe:
      `<iframe src="${attribute(viewer)}" title="${attribute(title)}" style="width: 100%; height: 400px; border: 0"></iframe>\n` +
      `<script src="${attribute(new URL('resize.js', viewerUrl).href)}" async></script>\n`,
    link: `${studioUrl}#c=${shareData}`,
  };
}
