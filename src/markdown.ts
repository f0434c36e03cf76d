// nice-pick/markdown: what the Markdown plugins (rehype-nice-pick, markdown-it-nice-pick) share.
// A ```nice-pick block's text (YAML or JSON) or its src="…" file in, the card's HTML out, or one
// Error for the build that names the file, the block's line and every problem. Node-only, like
// nice-pick/server, whose renderComparison makes the static card; never in the element's bundle.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkComparison } from './check.js';
import { defaultLabels, type CardLabels, type Labels } from './comparison.js';
import { attribute, scriptSafe } from './embed.js';
import { renderState } from './render.js';
import { LIT_MARKERS, renderComparison } from './server.js';
import { structuredData, type StructuredDataOptions } from './structured-data.js';
import { styles } from './styles.js';
import { MAX_TEXT_BYTES, formatOfName, readComparisonText, type TextProblem } from './text.js';
import { labelsFor, languages } from './translations.js';

// server.js above has loaded @lit-labs/ssr (or thrown its clear "npm install" error), so these
// find it; static imports would fail first, with a bare resolver error. require(), not a top-level
// await, as in server.ts: so a tool that require()s its config (Docusaurus) can load this module.
const require = createRequire(import.meta.url);
const { render } = require('@lit-labs/ssr') as typeof import('@lit-labs/ssr');
const { collectResultSync } = require('@lit-labs/ssr/lib/render-result.js') as typeof import('@lit-labs/ssr/lib/render-result.js');

export { MAX_DEPTH, MAX_TEXT_BYTES, MAX_YAML_ALIASES } from './text.js';

/** The options of both plugins, checked by {@link checkOptions}. */
export interface MarkdownOptions {
  /**
   * The folder `src="…"` is resolved against when the Markdown file is not known, and the folder
   * no `src` file may be outside of (symbolic links followed). Default: `process.cwd()`.
   */
  root?: string;
  /**
   * `'static'` (the default): the card as `renderComparison` makes it, a declarative shadow root
   * (shown with no script) and the inline JSON. `'client'`: the `<nice-pick>` element with the
   * inline JSON only, for pages that load the element's script anyway.
   */
  output?: 'static' | 'client';
  /** The card's theme: `'auto'` (the element's default), `'light'` or `'dark'`. */
  theme?: 'auto' | 'light' | 'dark';
  /** schema.org JSON-LD of the pros and cons (editorial comparisons only): `true` or `{ author }`. */
  structuredData?: boolean | StructuredDataOptions;
  /**
   * The title's heading level, 1 to 4, for every block. Default: one below the nearest heading
   * before the block (a block under a `##` gets 3), clamped to 1..4; 2 with no heading before it.
   */
  headingLevel?: number;
  /**
   * The language of the card's fixed words ("Pros", "The Verdict"…), from `nice-pick/translations`
   * (e.g. `'fr'`, `'pt-BR'`). A block's own `lang` wins where there are words for it, and its
   * `labels` win over both. Default: English.
   */
  lang?: string;
  /**
   * `'fail'` (the default): invalid data throws one Error naming the file, the block's line and
   * every problem, which fails the build. `'card'`: the card's error state is put in the page
   * instead, for drafts and previews.
   */
  onInvalid?: 'fail' | 'card';
  /** Called with each warning (a link shown as text), already prefixed with file and line. Default: console.warn. */
  onWarning?: (warning: string) => void;
}

/** One ```nice-pick block, as a plugin finds it. */
export interface Block {
  /** The text between the fences. */
  text: string;
  /** The info string after `nice-pick`, e.g. `src="comparisons/gpu-vs-tpu.json"`. */
  meta?: string;
  /** The Markdown file's path (absolute, or relative to the working directory), when the pipeline knows it. */
  file?: string;
  /** The line of the opening fence (1-based), when known. */
  line?: number;
  /** The level (1 to 6) of the nearest heading before the block, if any. */
  headingBefore?: number;
}

/** The one error of a block that fails the build. `message` is the whole text of it. */
export class NicePickBlockError extends Error {
  override name = 'NicePickBlockError';
  constructor(
    message: string,
    /** The Markdown file, when known. */
    readonly file: string | undefined,
    /** The line of the block's opening fence, when known. */
    readonly line: number | undefined,
    /** What is wrong, in one line, after "nice-pick block: ". */
    readonly reason: string,
    /** Every problem of the data, "path: what was expected", as `nice-pick validate` prints them. */
    readonly problems: readonly string[],
  ) {
    super(message);
  }
}

const THEMES = ['auto', 'light', 'dark'];
const OPTION_NAMES = ['root', 'output', 'theme', 'structuredData', 'headingLevel', 'lang', 'onInvalid', 'onWarning'];
/** The attributes a block's info string may have. */
const BLOCK_ATTRIBUTES = ['src'];
/** The fixed words a comparison's own `labels` may hold (the rest are the element's). */
const DATA_LABELS: (keyof Labels)[] = ['pick', 'pros', 'cons', 'relatedTo', 'verdict', 'bottomLine', 'wins', 'disagree'];

/** The options after {@link checkOptions}: defaults filled in, the root absolute. */
export type CheckedOptions = MarkdownOptions & Required<Pick<MarkdownOptions, 'root' | 'output' | 'structuredData' | 'onInvalid' | 'onWarning'>>;

/**
 * The options with their defaults, or a TypeError naming the first wrong one: the plugins call it
 * once, when they are set up, so a typo fails at once and not at the first block.
 */
export function checkOptions(options: MarkdownOptions = {}): CheckedOptions {
  const wrong = (name: string, what: string, value: unknown) =>
    new TypeError(`nice-pick Markdown plugin: the option ${name} takes ${what}, not ${JSON.stringify(value) ?? String(value)}`);
  if (typeof options !== 'object' || options === null) throw new TypeError('nice-pick Markdown plugin: the options are an object');
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.includes(name)) throw new TypeError(`nice-pick Markdown plugin: unknown option ${name} (the options are ${OPTION_NAMES.join(', ')})`);
  }
  const { root = process.cwd(), output = 'static', theme, structuredData = false, headingLevel, lang, onInvalid = 'fail' } = options;
  if (typeof root !== 'string' || !root) throw wrong('root', 'a folder', root);
  if (output !== 'static' && output !== 'client') throw wrong('output', '"static" or "client"', output);
  if (theme !== undefined && !THEMES.includes(theme)) throw wrong('theme', '"auto", "light" or "dark"', theme);
  if (typeof structuredData !== 'boolean' && (typeof structuredData !== 'object' || structuredData === null)) {
    throw wrong('structuredData', 'true, false or { author }', structuredData);
  }
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 4)) {
    throw wrong('headingLevel', '1, 2, 3 or 4', headingLevel);
  }
  if (lang !== undefined && !(typeof lang === 'string' && labelsFor(lang))) {
    throw wrong('lang', `a language with translations (${languages.map((l) => l.tag).join(', ')})`, lang);
  }
  if (onInvalid !== 'fail' && onInvalid !== 'card') throw wrong('onInvalid', '"fail" or "card"', onInvalid);
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  if (typeof onWarning !== 'function') throw wrong('onWarning', 'a function', onWarning);
  return { ...options, root: path.resolve(root), output, structuredData, onInvalid, onWarning };
}

/**
 * The attributes of a block's info string (what follows `nice-pick`): `src="a.json"`, `src='a'`
 * or `src=a`. Throws a plain-word message for anything else.
 */
export function parseMeta(meta = ''): Record<string, string> {
  const attributes: Record<string, string> = {};
  let rest = meta.trim();
  while (rest) {
    const match = /^([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"'=]+))(?:\s+|$)/.exec(rest);
    if (!match) throw new Error(`cannot read the info string "${meta.trim()}": write attributes as src="comparisons/x.json"`);
    const [all, name, ...values] = match;
    if (!BLOCK_ATTRIBUTES.includes(name)) throw new Error(`unknown attribute ${name} in the info string (a block takes ${BLOCK_ATTRIBUTES.join(', ')})`);
    attributes[name] = values.find((v) => v !== undefined)!;
    rest = rest.slice(all.length);
  }
  return attributes;
}

/** How a file is named in messages: relative to the working directory when it is inside it. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
};

/** "file:line: " (or what of it is known) before a block's messages. */
const where = ({ file, line }: Block) => (file ? `${shown(file)}${line ? `:${line}` : ''}: ` : line ? `line ${line}: ` : '');

/** Why a block could not be read or shown: one line, and the data's problems when it has some. */
class Refusal {
  constructor(
    readonly reason: string,
    readonly problems: readonly string[] = [],
    /** The data, when it was read (then the element can show the same error from it). */
    readonly data?: unknown,
  ) {}
}

const located = (problem: TextProblem, of: string) =>
  problem.line ? `${problem.message} (line ${problem.line}${problem.column ? `, column ${problem.column}` : ''} of ${of})` : problem.message;

/** The block's data: its text, or its src file; a Refusal when it cannot be read. */
function readBlock(block: Block, root: string): { data: unknown; from: string } {
  let attributes: Record<string, string>;
  try {
    attributes = parseMeta(block.meta);
  } catch (error) {
    throw new Refusal((error as Error).message);
  }
  if (attributes.src === undefined) {
    if (!block.text.trim()) throw new Refusal('the block is empty: write the comparison in it (YAML or JSON), or name a file with src="…"');
    const read = readComparisonText(block.text);
    if (!read.ok) throw new Refusal(located(read, 'the block'));
    return { data: read.value, from: 'the block' };
  }
  const src = attributes.src;
  const from = `src="${src}"`;
  if (block.text.trim()) throw new Refusal(`${from}: a block with src must be empty (the comparison is in the file)`);
  const format = formatOfName(src);
  if (/^[a-z][a-z\d+.-]*:/i.test(src)) throw new Refusal(`${from}: src names a file of the site, not a URL (a build reads no network)`);
  if (path.isAbsolute(src)) throw new Refusal(`${from}: src is a path relative to the Markdown file, not an absolute one`);
  if (!format) throw new Refusal(`${from}: src names a .json, .yaml or .yml file`);
  const folder = block.file ? path.dirname(path.resolve(block.file)) : root;
  const file = path.resolve(folder, src);
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    throw new Refusal(`${from}: no such file (${shown(file)})`);
  }
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    throw new Refusal(`${from}: ${shown(real)} is outside the root folder ${shown(realRoot)}, which a build may read (set the root option to allow it)`);
  }
  const stat = statSync(real);
  if (!stat.isFile()) throw new Refusal(`${from}: not a file (${shown(real)})`);
  if (stat.size > MAX_TEXT_BYTES) throw new Refusal(`${from}: larger than ${MAX_TEXT_BYTES / 1_048_576} MB (${stat.size} bytes)`);
  const read = readComparisonText(readFileSync(real, 'utf8'), format);
  if (!read.ok) throw new Refusal(`${from}: ${located(read, 'the file')}`);
  return { data: read.value, from };
}

/** The translated words for a block: its own `lang` where there are words for it, else the option's. */
const wordsFor = (data: unknown, lang: string | undefined): CardLabels | undefined => {
  const own = isObject(data) && typeof data.lang === 'string' ? labelsFor(data.lang) : undefined;
  return own ?? (lang ? labelsFor(lang) : undefined);
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The data with the translated words written into its `labels` (its own labels win), so the
 * element shows the same words when its script takes over the card: the element itself carries
 * no translations. Words that are the English defaults are left out; data without words unchanged.
 */
function withWords(data: unknown, words: CardLabels | undefined): unknown {
  if (!words || !isObject(data) || (data.labels !== undefined && !isObject(data.labels))) return data;
  const added: Labels = {};
  for (const key of DATA_LABELS) if (words[key] !== undefined && words[key] !== defaultLabels[key]) added[key] = words[key];
  return Object.keys(added).length ? { ...data, labels: { ...added, ...(data.labels as Labels | undefined) } } : data;
}

/** The heading level for a block: the option, else one below the heading before it, clamped to 1..4. */
const levelFor = (block: Block, headingLevel: number | undefined) =>
  headingLevel ?? (block.headingBefore ? Math.min(Math.max(block.headingBefore + 1, 1), 4) : undefined);

/** `data` as compact JSON, safe inside an HTML <script> element. */
const inlineJson = (data: unknown) => `<script type="application/json">${scriptSafe(JSON.stringify(data))}</script>`;

/** The host's start tag, with the attributes the element reads. */
const hostTag = (theme: string | undefined, level: number | undefined, structured: boolean) =>
  `<nice-pick${theme ? ` theme="${attribute(theme)}"` : ''}${level !== undefined ? ` heading-level="${level}"` : ''}${structured ? ' structured-data' : ''}>`;

/**
 * The HTML for one ```nice-pick block: a `<nice-pick>` element (static: with its declarative
 * shadow root) and the comparison inline. Throws a {@link NicePickBlockError} for a block that
 * cannot be shown, unless `onInvalid` is `'card'`. The options are checked on each call
 * ({@link checkOptions}), so a plugin may pass them as it got them.
 */
export function renderBlock(block: Block, options: MarkdownOptions = {}): string {
  const settings = checkOptions(options);
  const level = levelFor(block, settings.headingLevel);
  try {
    const read = readBlock(block, settings.root);
    const data = withWords(read.data, wordsFor(read.data, settings.lang));
    const checked = checkComparison(data);
    if (!checked.ok) throw new Refusal(`${read.from === 'the block' ? '' : `${read.from}: `}not a valid comparison:`, checked.problems, data);
    for (const warning of checked.warnings) settings.onWarning(`${where(block)}nice-pick block: warning: ${warning}`);
    if (settings.output === 'client') {
      const structured = settings.structuredData && structuredData(checked.comparison, settings.structuredData === true ? {} : settings.structuredData);
      const ld = structured ? `<script type="application/ld+json">${scriptSafe(JSON.stringify(structured))}</script>` : '';
      return `${hostTag(settings.theme, level, !!settings.structuredData)}${inlineJson(data)}${ld}</nice-pick>`;
    }
    return renderComparison(data, { theme: settings.theme, headingLevel: level, structuredData: settings.structuredData, onWarning: () => {} });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const { reason } = error;
    if (settings.onInvalid === 'fail') {
      const message = [`${where(block)}nice-pick block: ${reason}`, ...error.problems.map((p) => `  ${p}`)].join('\n');
      throw new NicePickBlockError(message, block.file, block.line, reason, error.problems);
    }
    // The card's error state, as the element draws it; with the data inline when there is some,
    // so the element's script, where the page loads it, shows the same problems.
    const labels = { ...defaultLabels, ...wordsFor(error.data, settings.lang) };
    const message = `The nice-pick block ${/^not /.test(reason) ? `is ${reason}` : `cannot be shown: ${reason}`}`;
    const state = collectResultSync(render(renderState({ error: { kind: 'invalid', message, problems: [...error.problems] } }, labels))).replace(LIT_MARKERS, '');
    const inline = error.data === undefined ? '' : inlineJson(error.data);
    return `${hostTag(settings.theme ?? 'auto', level, false)}\n<template shadowrootmode="open"><style>${styles}</style>${state}</template>${inline}</nice-pick>`.replace(/\n\s*\n/g, '\n');
  }
}
