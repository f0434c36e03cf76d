// Validate and normalize: untrusted input in, the comparison as the card shows it (or every
// problem found) out. It knows nothing of loading or rendering.
import { type CheckedComparison, type CheckedOption, type CheckedTag } from './comparison.js';

/**
 * The outcome of checking. A problem or warning is one line that says where (a path such as
 * `options[1].pros[0]`) and what: `options[1].pros[0]: expected a string, got a number`.
 */
export type CheckResult =
  | { ok: true; comparison: CheckedComparison; warnings: string[] }
  | { ok: false; problems: string[] };

type Json = Record<string, unknown>;

/** "a string", "an array", "null", "nothing": what a value is, in the words of an error message. */
export const describe = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value == 'object'
          ? 'an object'
          : `a ${typeof value}`;

/** The default option id: the name in lower case, runs of non-letters/digits as "-", trimmed. */
export const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** `url` resolved against the page, if its scheme is one of `schemes`; otherwise undefined. */
export const safeUrl = (url: string, schemes: string[]): string | undefined => {
  try {
    const parsed = new URL(url, globalThis.document?.baseURI);
    if (schemes.includes(parsed.protocol)) return parsed.href;
  } catch {
    // Not a URL at all: dropped like an unsafe one.
  }
};

const quote = JSON.stringify;
const isObject = (value: unknown): value is Json =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

/**
 * What the readers below find besides values, in the checkComparison call under way: problems
 * (the input is refused) and warnings (it is shown, with a note for its author). Each reader
 * returns the value when it is valid, and records a problem otherwise.
 */
let problems: string[];
let warnings: string[];

const fail = (path: string, message: string) => {
  problems.push(`${path}: ${message}`);
};
const expected = (path: string, what: string, value: unknown) =>
  fail(path, `expected ${what}, got ${describe(value)}`);

/** An optional string: the string, or undefined (a problem unless it is absent). */
const readText = (value: unknown, path: string): string | undefined => {
  if (typeof value == 'string') return value;
  if (value !== undefined) expected(path, 'a string', value);
};

/** A required string, such as an option's name: the string, or undefined and a problem. */
const readNonEmptyText = (value: unknown, path: string): string | undefined => {
  if (typeof value == 'string' && value) return value;
  expected(path, 'a non-empty string', value);
};

/** The optional string fields `keys` (space-separated) of `source`, only those present. */
const readTexts = (source: Json, keys: string, path: string): Record<string, string> => {
  const found: Record<string, string> = {};
  for (const key of keys.split(' ')) {
    const value = readText(source[key], path + key);
    if (value !== undefined) found[key] = value;
  }
  return found;
};

/**
 * `value` if it is an array of at most `max` items (100 unless told); otherwise an empty one, and
 * a problem that says it should be `what`. The bounds keep a card readable and its page
 * responsive: 10,000 pros take seconds to lay out (docs: site/docs/safety.md); a longer list is one problem,
 * its items unread.
 */
const readArray = (value: unknown, path: string, what: string, max = 100): unknown[] => {
  if (!Array.isArray(value)) {
    expected(path, what, value);
    return [];
  }
  if (value.length <= max) return value;
  fail(path, `expected at most ${max} items, got ${value.length}`);
  return [];
};

/** readArray for a list that may be absent: absent, it is empty and no problem. */
const readOptionalArray = (value: unknown, path: string, what: string, max?: number): unknown[] =>
  value === undefined ? [] : readArray(value, path, what, max);

/** The strings among `items` (an array read at `path`); each other item is a problem. */
const readStrings = (items: unknown[], path: string): string[] =>
  items.filter((item, i) => readText(item, `${path}[${i}]`) !== undefined) as string[];

/** A required array of strings, such as an option's pros. */
const readList = (value: unknown, path: string): string[] =>
  readStrings(readArray(value, path, 'an array of strings'), path);

/** An optional object: the object, or undefined (a problem unless it is absent). */
const readObject = (value: unknown, path: string): Json | undefined => {
  if (isObject(value)) return value;
  if (value !== undefined) expected(path, 'an object', value);
};

/** An optional link: its URL resolved, or undefined; a warning if its scheme is not in `schemes`. */
const readLink = (url: unknown, path: string, schemes = ['http:', 'https:']): string | undefined => {
  const value = readText(url, path);
  if (value === undefined) return;
  const safe = safeUrl(value, schemes);
  if (!safe) warnings.push(`${path}: ${quote(value)} is shown as plain text: only ${schemes.join(' and ')} links are allowed`);
  return safe;
};

const tag = (label: string, url?: string): CheckedTag => (url ? { label, url } : { label });

/** One of an option's related tags: a string, or a {"label", "url"} object. */
const readTag = (item: unknown, path: string): CheckedTag | undefined => {
  if (typeof item == 'string') return tag(item);
  if (!isObject(item)) return void expected(path, 'a string or a {"label", "url"} object', item);
  const label = readNonEmptyText(item.label, `${path}.label`);
  const url = readLink(item.url, `${path}.url`);
  if (label) return tag(label, url);
};

/**
 * The option at `path`, or undefined and a problem. `ids` maps each option id seen so far to
 * its option's path; the option's own id is added.
 */
const readOption = (raw: unknown, path: string, ids: Map<string, string>): CheckedOption | undefined => {
  if (!isObject(raw)) return void expected(path, 'an option object', raw);
  const name = readNonEmptyText(raw.name, `${path}.name`) ?? '';
  const id = readText(raw.id, `${path}.id`) ?? slug(name);
  if (ids.has(id)) {
    const at = raw.id === undefined ? path : `${path}.id`;
    fail(at, `the id ${quote(id)} is already used by ${ids.get(id)}; give each option its own "id"`);
  }
  ids.set(id, path);
  const related: CheckedTag[] = [];
  readOptionalArray(raw.related, `${path}.related`, 'an array', 20).forEach((item, j) => {
    const found = readTag(item, `${path}.related[${j}]`);
    if (found) related.push(found);
  });
  const url = readLink(raw.url, `${path}.url`);
  return {
    id,
    name,
    ...readTexts(raw, 'kind summary', `${path}.`),
    pros: readList(raw.pros, `${path}.pros`),
    cons: readList(raw.cons, `${path}.cons`),
    related,
    ...(url && { url }),
  };
};

/** The pick: null when absent, else the id of one of the options (`ids`, as readOption fills it). */
const readPick = (value: unknown, ids: Map<string, string>, optionCount: number): string | null => {
  const pick = value == null ? null : (readText(value, 'pick') ?? null);
  if (pick !== null && optionCount && !ids.has(pick)) {
    fail('pick', `${quote(pick)} names no option; the option ids are ${[...ids.keys()].map((id) => quote(id)).join(', ')}`);
  }
  return pick;
};

/** The verdict: its text as paragraphs (one string or an array of them), bottom line and reason. */
const readVerdict = (value: unknown): CheckedComparison['verdict'] => {
  const raw = readObject(value, 'verdict');
  const paragraphs = raw?.text;
  return (
    raw && {
      text:
        typeof paragraphs == 'string'
          ? [paragraphs]
          : readStrings(readOptionalArray(paragraphs, 'verdict.text', 'a string or an array of strings', 20), 'verdict.text'),
      ...readTexts(raw, 'bottomLine reason', 'verdict.'),
    }
  );
};

/** The contact line: its prompt, and its email and url as links. */
const readContact = (value: unknown): CheckedComparison['contact'] => {
  const raw = readObject(value, 'contact');
  if (!raw) return;
  const { email, url, ...prompt } = readTexts(raw, 'prompt email url', 'contact.');
  const links: CheckedTag[] = [];
  if (email) links.push(tag(email, readLink(`mailto:${email}`, 'contact.email', ['mailto:'])));
  if (url) links.push(tag(url, readLink(url, 'contact.url')));
  return { ...prompt, links };
};

/** A comparison object read field by field: what checkComparison returns for it. */
const readComparison = (input: Json): CheckResult => {
  const fields = readTexts(input, '$schema label title intro lang', '');
  const dir = input.dir;
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl' && dir !== 'auto') {
    expected('dir', '"ltr", "rtl" or "auto"', dir);
  }

  const rawOptions = readArray(input.options, 'options', 'an array of 2 to 4 options', Infinity);
  if (Array.isArray(input.options) && (rawOptions.length < 2 || rawOptions.length > 4)) {
    fail('options', `expected 2 to 4 options, got ${rawOptions.length}`);
  }
  const ids = new Map<string, string>();
  const options: CheckedOption[] = [];
  rawOptions.forEach((raw, i) => {
    const option = readOption(raw, `options[${i}]`, ids);
    if (option) options.push(option);
  });

  const pick = readPick(input.pick, ids, options.length);
  const verdict = readVerdict(input.verdict);
  const contact = readContact(input.contact);
  const rawLabels = readObject(input.labels, 'labels');
  const labels = rawLabels ? readTexts(rawLabels, 'pick pros cons relatedTo verdict bottomLine wins disagree', 'labels.') : {};

  if (problems.length) return { ok: false, problems };
  delete fields.$schema;
  return {
    ok: true,
    warnings,
    comparison: {
      ...fields,
      title: fields.title ?? options.map((option) => option.name).join(' vs '),
      options,
      pick,
      ...(verdict && { verdict }),
      ...(contact && { contact }),
      ...(dir !== undefined && { dir: dir as CheckedComparison['dir'] }),
      labels,
    },
  };
};

/**
 * Checks untrusted input against the data format and returns the comparison as the card shows it,
 * or every problem found, each with its path. It never throws on any JSON value.
 */
export function checkComparison(input: unknown): CheckResult {
  if (!isObject(input)) return { ok: false, problems: [`expected a comparison object, got ${describe(input)}`] };
  // A getter in `input` could check another comparison while this one is read: each call has
  // its own report, and the caller's comes back when it ends.
  const outer = [problems, warnings];
  problems = [];
  warnings = [];
  try {
    return readComparison(input);
  } finally {
    [problems, warnings] = outer;
  }
}
