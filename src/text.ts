// A comparison written as text, JSON or YAML, read into a value: for the command line (a .yaml
// file) and nice-pick/markdown (a ```nice-pick block). Node-only and never imported by the
// element. Untrusted text is bounded (size, nesting, YAML aliases) before anything else reads it.
// YAML needs the package `yaml`, an optional peer dependency: loaded here once, so parsing stays
// synchronous (markdown-it's renderer is) and a missing package is named only when YAML is met.
import { createRequire } from 'node:module';
import { explainJson } from './json-help.js';

/** The largest text read, in UTF-8 bytes: as large as the element loads with `src` (1 MB). */
export const MAX_TEXT_BYTES = 1_048_576;

/** The deepest nesting of objects and arrays accepted (the data format itself needs 5 levels). */
export const MAX_DEPTH = 100;

/** How many YAML aliases may be expanded: a "billion laughs" document fails fast instead. */
export const MAX_YAML_ALIASES = 100;

/** The package YAML needs, named in the error when it is missing. */
const YAML_PACKAGE = 'yaml';

// With require() (ES modules load so in Node 20.19 and later), not a top-level await, so a tool
// that require()s its config (Docusaurus, with jiti) can load the Markdown plugins.
let yaml: typeof import('yaml') | undefined;
try {
  yaml = createRequire(import.meta.url)(YAML_PACKAGE);
} catch (error) {
  const { code, message } = error as { code?: string; message?: string };
  if ((code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') || !message?.includes(`'${YAML_PACKAGE}'`)) throw error;
}

/** The format of a text: what its file name says, else JSON when it starts with `{`. */
export type TextFormat = 'json' | 'yaml';

/** `.json` is JSON; `.yaml` and `.yml` are YAML; anything else undefined. */
export const formatOfName = (name: string): TextFormat | undefined =>
  /\.json$/i.test(name) ? 'json' : /\.ya?ml$/i.test(name) ? 'yaml' : undefined;

/** JSON when the text starts with `{` (after white space and a byte-order mark), else YAML. */
export const formatOfText = (text: string): TextFormat => (/^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml');

/**
 * Why a text could not be read: `message` in plain words, and where (1-based line and column in
 * the text) when the parser knows.
 */
export interface TextProblem {
  message: string;
  line?: number;
  column?: number;
}

export type ReadResult = { ok: true; value: unknown } | ({ ok: false } & TextProblem);

/**
 * Reads `text` as `format` (default: by its first character, `formatOfText`): JSON as JSON, with
 * the studio's plain-word syntax errors; YAML 1.2 with the core schema (no timestamps, `no` stays
 * a string), unique keys and at most MAX_YAML_ALIASES aliases. A byte-order mark is dropped.
 * Text over MAX_TEXT_BYTES, or nested deeper than MAX_DEPTH, is refused.
 */
export function readComparisonText(text: string, format: TextFormat = formatOfText(text)): ReadResult {
  text = text.replace(/^\uFEFF/, '');
  // length * 3 bounds the UTF-8 size from above, so most texts skip counting bytes
  if (text.length * 3 > MAX_TEXT_BYTES && Buffer.byteLength(text) > MAX_TEXT_BYTES) {
    return { ok: false, message: `larger than ${MAX_TEXT_BYTES / 1_048_576} MB (${Buffer.byteLength(text)} bytes)` };
  }
  let value: unknown;
  if (format === 'json') {
    try {
      value = JSON.parse(text); // V8's parser does not recurse: deep nesting is checked below
    } catch (error) {
      // Then the studio's parser, 15 times slower, says in plain words what is wrong and where.
      const result = explainJson(text);
      if (result.ok) return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
      return { ok: false, message: `not valid JSON: ${result.message}`, line: result.line, column: result.column };
    }
  } else {
    const read = readYaml(text);
    if (!read.ok) return read;
    value = read.value;
  }
  if (tooDeep(value)) return { ok: false, message: `nested deeper than ${MAX_DEPTH} levels of objects and arrays` };
  return { ok: true, value };
}

function readYaml(text: string): ReadResult {
  if (!yaml) {
    throw new Error(
      `nice-pick reads YAML with the package ${YAML_PACKAGE}, an optional peer dependency of nice-pick ` +
        `that is not installed: npm install --save-dev ${YAML_PACKAGE} (or write the comparison in JSON)`,
    );
  }
  // yaml's parser recurses once per flow bracket: refuse pathological nesting before it starts.
  if (bracketDepth(text) > MAX_DEPTH) return { ok: false, message: `nested deeper than ${MAX_DEPTH} levels of objects and arrays` };
  const documents = yaml.parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: true });
  if (!Array.isArray(documents)) return { ok: false, message: 'not valid YAML' };
  if (documents.length > 1) {
    const [line] = documents[1].range;
    return { ok: false, message: 'not valid YAML: one comparison per block or file, but a second document starts (---)', ...lineOf(text, line) };
  }
  const [document] = documents;
  if (!document) return { ok: true, value: null };
  const error = document.errors[0];
  if (error) {
    const where = error.linePos?.[0];
    return { ok: false, message: `not valid YAML: ${firstSentence(error.message)}`, line: where?.line, column: where?.col };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    // Excessive aliases (a "billion laughs"), an alias to nothing
    return { ok: false, message: `not valid YAML: ${firstSentence((error as Error).message)}` };
  }
}

/** yaml's message up to " at line N, column M" (the caller says where in its own words). */
const firstSentence = (message: string) => message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();

const lineOf = (text: string, offset: number) => ({ line: text.slice(0, offset).split('\n').length, column: 1 });

/** The deepest nesting of flow brackets ([ and {) in a text, quotes not told apart: an upper bound. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return deepest;
}

/** Whether objects and arrays nest deeper than MAX_DEPTH (or loop, as YAML aliases can), without recursing. */
function tooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > MAX_DEPTH) return true;
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
