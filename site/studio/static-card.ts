// The "No script allowed" snippet, made in the browser: the same HTML as `nice-pick render`
// (src/server.ts renderComparison) without @lit-labs/ssr, which is Node-only. The card is the
// element's own template (src/render.ts renderCard) rendered by Lit into a detached element and
// serialized by the browser (text escaped as HTML text, attributes as attribute values); Lit's
// comment markers go first. The wrapping (host, declarative shadow root, styles, inline JSON) is
// src/embed.ts's staticCardHtml, the one renderComparison uses.
import { render } from 'lit';
import { checkComparison } from '../../src/check.js';
import { defaultLabels } from '../../src/comparison.js';
import { staticCardHtml, type StaticTheme } from '../../src/embed.js';
import { renderCard } from '../../src/render.js';
import { styles } from '../../src/styles.js';

/** The card's markup for a checked comparison: what the element's shadow root holds, as HTML. */
export function cardMarkup(checked: Parameters<typeof renderCard>[0]): string {
  const box = document.createElement('div');
  // The default words, as renderComparison without `labels`: the data's own labels win inside.
  render(renderCard(checked, { ...defaultLabels }, undefined), box);
  // Lit's part markers (<!--?lit$…$-->, <!---->) are comments: nothing a reader sees.
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  return box.innerHTML;
}

/**
 * `data` (a comparison as written) as the static card, themed: what `nice-pick render FILE
 * --theme THEME` prints, visible text and structure alike. Throws when it is not a valid comparison.
 */
export function staticCard(data: unknown, theme: StaticTheme = 'auto'): string {
  const result = checkComparison(data);
  if (!result.ok) throw new Error(`not a valid comparison:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  return `${staticCardHtml(styles, { card: cardMarkup(result.comparison), data, theme })}\n`;
}
