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
 * Checks untrusted input against the data format and returns the comparison as the card shows it,
 * or every problem found, each with its path. It never throws on any JSON value.
 */
export function checkComparison(input: unknown): CheckResult {
  if (!isObject(input)) return { ok: false, problems: [`expected a comparison object, got ${describe(input)}`] };
  const problems: string[] = [];
  const warnings: string[] = [];
  const fail = (path: string, message: string) => {
    problems.push(`${path}: ${message}`);
  };
  const expected = (path: string, what: string, value: unknown) =>
    fail(path, `expected ${what}, got ${describe(value)}`);

  // Each reader returns the value when it is valid, and records a problem otherwise.
  const text = (value: unknown, path: string, required?: boolean): string | undefined => {
    if (typeof value == 'string' && (value || !required)) return value;
    if (value !== undefined || required) expected(path, `a ${required ? 'non-empty ' : ''}string`, value);
  };
  /** The optional string fields `keys` of `source`, only those present. */
  const texts = (source: Json, keys: string, path: string): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const key of keys.split(' ')) {
      const value = text(source[key], path + key);
      if (value !== undefined) found[key] = value;
    }
    return found;
  };
  /**
   * `value` if it is an array of at most `max` items; otherwise an empty one, and a problem unless
   * `optional` and absent. The bounds keep a card readable and its page responsive: 10,000 pros
   * take seconds to lay out (README: Safety); a longer list is one problem, its items unread.
   */
  const array = (value: unknown, path: string, what: string, optional?: boolean, max = 100): unknown[] => {
    if (!Array.isArray(value)) {
      if (!optional || value !== undefined) expected(path, what, value);
      return [];
    }
    if (value.length <= max) return value;
    fail(path, `expected at most ${max} items, got ${value.length}`);
    return [];
  };
  const list = (value: unknown, path: string, what = 'an array of strings', optional?: boolean, max?: number): string[] =>
    array(value, path, what, optional, max).filter((item, i) => text(item, `${path}[${i}]`) !== undefined) as string[];
  const object = (value: unknown, path: string): Json | undefined => {
    if (isObject(value)) return value;
    if (value !== undefined) expected(path, 'an object', value);
  };
  const link = (url: unknown, path: string, schemes = ['http:', 'https:']): string | undefined => {
    const value = text(url, path);
    if (value === undefined) return;
    const safe = safeUrl(value, schemes);
    if (!safe) warnings.push(`${path}: ${quote(value)} is shown as plain text: only ${schemes.join(' and ')} links are allowed`);
    return safe;
  };
  const tag = (label: string, url?: string): CheckedTag => (url ? { label, url } : { label });

  const fields = texts(input, '$schema label title intro lang', '');
  const dir = input.dir;
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl' && dir !== 'auto') {
    expected('dir', '"ltr", "rtl" or "auto"', dir);
  }

  const rawOptions = array(input.options, 'options', 'an array of 2 to 4 options', false, Infinity);
  if (Array.isArray(input.options) && (rawOptions.length < 2 || rawOptions.length > 4)) {
    fail('options', `expected 2 to 4 options, got ${rawOptions.length}`);
  }
  const ids = new Map<string, string>();
  const options: CheckedOption[] = [];
  rawOptions.forEach((raw, i) => {
    const path = `options[${i}]`;
    if (!isObject(raw)) return expected(path, 'an option object', raw);
    const name = text(raw.name, `${path}.name`, true) ?? '';
    const id = text(raw.id, `${path}.id`) ?? slug(name);
    if (ids.has(id)) {
      fail(raw.id === undefined ? path : `${path}.id`, `the id ${quote(id)} is already used by ${ids.get(id)}; give each option its own "id"`);
    }
    ids.set(id, path);
    const related: CheckedTag[] = [];
    array(raw.related, `${path}.related`, 'an array', true, 20).forEach((item, j) => {
      const at = `${path}.related[${j}]`;
      if (typeof item == 'string') related.push(tag(item));
      else if (!isObject(item)) expected(at, 'a string or a {"label", "url"} object', item);
      else {
        const label = text(item.label, `${at}.label`, true);
        const url = link(item.url, `${at}.url`);
        if (label) related.push(tag(label, url));
      }
    });
    const url = link(raw.url, `${path}.url`);
    options.push({
      id,
      name,
      ...texts(raw, 'kind summary', `${path}.`),
      pros: list(raw.pros, `${path}.pros`),
      cons: list(raw.cons, `${path}.cons`),
      related,
      ...(url && { url }),
    });
  });

  const pick = input.pick == null ? null : (text(input.pick, 'pick') ?? null);
  if (pick !== null && options.length && !ids.has(pick)) {
    fail('pick', `${quote(pick)} names no option; the option ids are ${[...ids.keys()].map((id) => quote(id)).join(', ')}`);
  }

  const rawVerdict = object(input.verdict, 'verdict');
  const paragraphs = rawVerdict?.text;
  const verdict = rawVerdict && {
    text:
      typeof paragraphs == 'string'
        ? [paragraphs]
        : list(paragraphs, 'verdict.text', 'a string or an array of strings', true, 20),
    ...texts(rawVerdict, 'bottomLine reason', 'verdict.'),
  };

  const rawContact = object(input.contact, 'contact');
  let contact: CheckedComparison['contact'];
  if (rawContact) {
    const { email, url, ...prompt } = texts(rawContact, 'prompt email url', 'contact.');
    const links: CheckedTag[] = [];
    if (email) links.push(tag(email, link(`mailto:${email}`, 'contact.email', ['mailto:'])));
    if (url) links.push(tag(url, link(url, 'contact.url')));
    contact = { ...prompt, links };
  }

  const rawLabels = object(input.labels, 'labels');
  const labels = rawLabels ? texts(rawLabels, 'pick pros cons relatedTo verdict bottomLine wins disagree', 'labels.') : {};

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
}
