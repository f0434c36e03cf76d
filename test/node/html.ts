// Server-rendered HTML read the way a browser's parser reads it (parse5), for the Node tests:
// elements by part, their visible text, scripts, the declarative shadow root.
import assert from 'node:assert/strict';
import { parse as parseDocument, parseFragment } from 'parse5';

export type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node; // a <template>'s contents
};

/** The fragment's nodes, as an HTML parser builds them. */
export const parse = (html: string): Node => parseFragment(html) as unknown as Node;

/** Element children, without text, comments and white space. */
export const elements = (node: Node): Node[] => (node.childNodes ?? []).filter((child) => !child.nodeName.startsWith('#'));

export const attr = (node: Node, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;

/** Every node below `node` in document order, into templates' contents too. */
export const all = (node: Node): Node[] => [
  node,
  ...(node.content ? all(node.content) : []),
  ...(node.childNodes ?? []).flatMap(all),
];

/** The text a reader sees: text nodes, without aria-hidden decorations, white space folded. */
export const ownText = (node: Node): string => {
  const text = (n: Node): string =>
    n.nodeName === '#text' ? (n.value ?? '') : attr(n, 'aria-hidden') === 'true' ? '' : (n.childNodes ?? []).map(text).join('');
  return text(node).replace(/\s+/g, ' ').trim();
};

/** The texts of the elements whose `part` has each of `parts`, in document order (only parts found). */
export function textsByPart(root: Node, parts: Iterable<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const nodes = all(root);
  for (const part of parts) {
    const texts = nodes.filter((n) => attr(n, 'part')?.split(/\s+/).includes(part)).map(ownText);
    if (texts.length) found.set(part, texts);
  }
  return found;
}

/** The text inside a <script> (or <style>): raw text, one text node. */
export const rawText = (node: Node): string => (node.childNodes ?? []).map((n) => n.value ?? '').join('');

/** The pieces of `renderComparison`'s output: the host, its shadow root's template, the scripts. */
export function pieces(html: string) {
  const top = elements(parse(html));
  if (top.length !== 1 || top[0].nodeName !== 'nice-pick') throw new Error(`expected one <nice-pick>, got ${top.map((n) => n.nodeName)}`);
  const host = top[0];
  const [template, ...rest] = elements(host);
  return { host, template, shadow: template.content!, scripts: rest };
}

/**
 * A built page (a site generator's output) holds the card for `data` exactly as
 * renderComparison(data, options) makes it, once: a declarative shadow root with the title.
 */
export function expectPageHasCard(page: string, card: string, title: string): void {
  assert.ok(page.includes(card), 'the card exactly as renderComparison makes it');
  const cards = all(parseDocument(page) as unknown as Node).filter((n) => n.nodeName === 'nice-pick');
  assert.equal(cards.length, 1, 'one card');
  const [template] = elements(cards[0]);
  assert.equal(attr(template, 'shadowrootmode'), 'open', 'a declarative shadow root');
  const heading = all(template.content!).find((n) => attr(n, 'part') === 'title');
  assert.equal(heading && ownText(heading), title);
}
