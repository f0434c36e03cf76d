// What a reader sees of a comparison, computed from its JSON alone (not through the validator),
// for the tests of server-rendered HTML: Node's (parse5) and the browser's (the page with no
// script). Plain TypeScript, no DOM and no Node API, so both can import it.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The card's fixed words when neither the data nor the caller give any. */
const ENGLISH = {
  pick: 'Nice Pick',
  pros: 'Pros',
  cons: 'Cons',
  relatedTo: 'Related to:',
  verdict: 'The Verdict',
  bottomLine: 'The Bottom Line',
  wins: '{name} wins',
  disagree: 'Disagree with our pick?',
};

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** White space folded, as a reader sees text. */
export { norm } from './support/helpers.js';
import { norm } from './support/helpers.js';

/**
 * Every visible text of the card, by the `part` of the element that shows it, in document order:
 * `part` -> the texts of all elements with that part (their text without aria-hidden decorations,
 * white space folded). Sections the data leaves out have no entry.
 */
export function visibleStrings(json: Json): Map<string, string[]> {
  const words = { ...ENGLISH, ...json.labels };
  const found = new Map<string, string[]>();
  const add = (part: string, text: string | undefined) => {
    if (text === undefined) return;
    found.set(part, [...(found.get(part) ?? []), norm(text)]);
  };
  const options: Json[] = json.options;
  const pick = json.pick == null ? undefined : options.find((o) => (o.id ?? slug(o.name)) === json.pick);

  add('label', json.label);
  add('title', json.title ?? options.map((o) => o.name).join(' vs '));
  add('intro', json.intro);
  if (pick) {
    add('hero-mark', words.pick);
    add('hero-name', pick.name);
    add('hero-summary', pick.summary);
  }
  for (const o of options) {
    add('option-name', o.name);
    add('kind', o.kind);
    if (o === pick) add('badge', words.pick);
    add('summary', o.summary);
    if (o.pros.length) add('pros-heading', words.pros);
    o.pros.forEach((pro: string) => add('pro', pro));
    if (o.related?.length) add('related-label', words.relatedTo);
    for (const tag of o.related ?? []) add('tag', typeof tag == 'string' ? tag : tag.label);
    if (o.cons.length) add('cons-heading', words.cons);
    o.cons.forEach((con: string) => add('con', con));
  }
  const v = json.verdict;
  const paragraphs: string[] = typeof v?.text == 'string' ? [v.text] : (v?.text ?? []);
  if (paragraphs.length) add('verdict-heading', words.verdict);
  paragraphs.forEach((paragraph) => add('verdict-text', paragraph));
  const winner = v?.bottomLine || (pick && words.wins.replace('{name}', () => pick.name));
  if (winner || v?.reason) add('bottom-line-heading', words.bottomLine);
  add('winner', winner || undefined);
  add('reason', v?.reason);
  const c = json.contact;
  if (c) {
    const links = [c.email, c.url].filter(Boolean);
    add('contact', `${c.prompt ?? words.disagree} ${links.join(' · ')}`);
    links.forEach((link: string) => add('contact-link', link));
  }
  return found;
}
