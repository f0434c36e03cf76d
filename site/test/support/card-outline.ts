// What a reader sees of a card, as plain data to compare two cards by: every text by its part, the
// headings with their levels, the lists and their items, the links, how many options stand side by
// side (the columns), the card's colours, and any element the data could have smuggled in. The
// site's tests import it, and so does the reporter of the pasted no-script pages
// (../report-outline.ts), which runs on the other origin.

const text = (node: Node | null) => (node ? node.textContent!.replace(/\s+/g, ' ').trim() : null);

export type CardOutline = NonNullable<ReturnType<typeof cardOutline>>;

/** The outline of the card in `root` (a <nice-pick>'s shadow root), or null before there is one. */
export function cardOutline(root: ShadowRoot | null | undefined) {
  const article = root && root.querySelector('article');
  if (!article) return null;
  const parts: Record<string, (string | null)[]> = {};
  for (const node of root.querySelectorAll('[part]')) {
    for (const part of node.getAttribute('part')!.split(/\s+/)) (parts[part] ??= []).push(text(node));
  }
  const options = [...root.querySelectorAll('[part~=option]')].map((o) => o.getBoundingClientRect());
  const first = options[0];
  const style = getComputedStyle(article);
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')];
  const level = (h: Element) => Number(h.getAttribute('aria-level'));
  const top = headings.length ? level(headings[0]!) : 0;
  return {
    text: text(article),
    parts,
    // the title's level is the page's to choose (heading-level); below it, each heading's depth
    titleLevel: top,
    headings: headings.map((h) => `+${level(h) - top}: ${text(h)}`),
    lists: [...root.querySelectorAll('ul')].map((ul) => [...ul.children].map(text)),
    links: [...root.querySelectorAll('a')].map((a) => `${text(a)} -> ${a.getAttribute('href')}`),
    lang: article.getAttribute('lang'),
    dir: article.getAttribute('dir'),
    // options whose tops line up with the first's, each to the side of the one before
    columns: first ? options.filter((box) => Math.abs(box.top - first.top) < 2 && box.width > 0).length : 0,
    colors: { background: style.backgroundColor, text: style.color, border: style.borderTopStyle },
    smuggled: root.querySelectorAll('img, svg, script, iframe, object, [onerror], [onload]').length,
  };
}
