// JSON for people who write it by hand: the first syntax error in plain words, at the line and
// column to fix (the usual mistakes named: a trailing comma, curly or single quotes, a missing
// comma, a string left open, a quote inside a string, a comment, a bracket never closed), and
// where a value sits in the text, for the validator's paths (`options[1].pros[0]`).
// A small parser of its own finds and classifies the error, since each engine's JSON.parse words
// its messages differently; JSON.parse still gives the value. Used by the studio's source pane
// (site/studio/source.ts) and by nice-pick/markdown (a ```nice-pick block or src file in JSON);
// never by the element, so it costs the bundle nothing.

/** A parsed value's place in the text: [from, to) offsets; its members for an object or array. */
export interface JsonNode {
  from: number;
  to: number;
  /** An object's members by name (the last of a repeated name wins, as in JSON.parse). */
  fields?: Map<string, JsonNode>;
  /** An array's items. */
  items?: JsonNode[];
}

export type Explained =
  | { ok: true; value: unknown; tree: JsonNode }
  | { ok: false; line: number; column: number; from: number; to: number; message: string };

class SyntaxProblem {
  constructor(
    readonly from: number,
    readonly to: number,
    readonly message: string,
  ) {}
}

const CURLY = /[\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB]/;
const VALUE_START = /["\d\-{[tfn]/;
const WORD = /[\p{L}\p{N}_$]/u;

/** The 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function parse(text: string): JsonNode {
  let pos = 0;
  const fail = (from: number, message: string, to = from + 1): never => {
    throw new SyntaxProblem(from, Math.min(Math.max(to, from), text.length), message);
  };
  const space = () => {
    while (pos < text.length && /[ \t\n\r]/.test(text[pos])) pos++;
  };
  const shown = (ch: string) => (/\s/.test(ch) ? 'space' : `“${ch}”`);

  /** What is wrong at `pos`, where a value (or, `key`, a quoted name) should start. */
  const badStart = (key: boolean): never => {
    const ch = text[pos];
    if (pos >= text.length) fail(pos, key ? 'The text ends where a name in quotes should follow' : 'The text ends where a value should follow', pos);
    if (CURLY.test(ch)) fail(pos, 'Curly quotes: JSON needs straight double quotes ("), as a word processor’s “ ” and ‘ ’ are not');
    if (ch === "'") fail(pos, 'Single quotes: JSON needs double quotes (") around text and names');
    if (ch === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) fail(pos, 'A comment: JSON has no comments, remove it', text[pos + 1] === '/' ? lineEnd(pos) : pos + 2);
    if (key && WORD.test(ch)) {
      let end = pos;
      while (end < text.length && WORD.test(text[end])) end++;
      fail(pos, `A name without quotes: write "${text.slice(pos, end)}" in double quotes`, end);
    }
    if (!key && WORD.test(ch)) {
      let end = pos;
      while (end < text.length && WORD.test(text[end])) end++;
      fail(pos, `Text without quotes: write "${text.slice(pos, end)}" in double quotes (only true, false, null and numbers go without)`, end);
    }
    return fail(pos, `Unexpected ${shown(ch)}: ${key ? 'a name in double quotes' : 'a value'} should start here`);
  };
  const lineEnd = (from: number) => {
    let end = from;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return end;
  };

  const string = (): JsonNode => {
    const from = pos++;
    for (;;) {
      const ch = text[pos];
      if (pos >= text.length || ch === '\n' || ch === '\r') {
        fail(pos, 'A text with no closing quote: add " where it ends', pos);
      }
      if (ch === '"') {
        pos++;
        return { from, to: pos };
      }
      if (ch === '\\') {
        const next = text[pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail(pos, 'A \\u escape needs four hex digits (like \\u00e9)', pos + 2);
          pos += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) pos += 2;
        else fail(pos, `An unknown escape \\${next ?? ''}: a backslash in text is written \\\\`, pos + 2);
        continue;
      }
      if (ch < ' ') fail(pos, ch === '\t' ? 'A tab inside a text: write it \\t' : 'A control character inside a text: remove it or write it as \\u00XX');
      pos++;
    }
  };

  const number = (): JsonNode => {
    const from = pos;
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos));
    if (!match) fail(pos, 'A number that JSON cannot read (write it like -1, 0.5 or 2e3)');
    pos += match![0].length;
    if (/[\d.eE]/.test(text[pos] ?? '')) fail(from, 'A number that JSON cannot read (no leading zeros; digits after a point)', pos + 1);
    return { from, to: pos };
  };

  /** After an item of a list or object: why neither a comma nor the closing bracket follows. */
  const badAfter = (previous: JsonNode, open: number, close: string, what: string): never => {
    const ch = text[pos];
    if (pos >= text.length) return fail(-1, ''); // handled by the caller (unclosed)
    const glued = previous.to === pos;
    if (text[previous.from] === '"' && glued && (WORD.test(ch) || CURLY.test(ch) || ch === "'")) {
      fail(previous.to - 1, 'A quote inside a text ends it early: write it \\" (or use “ ” inside the text)');
    }
    if (CURLY.test(ch) || ch === "'" || ch === '/' || VALUE_START.test(ch) || WORD.test(ch)) {
      if (ch === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) badStart(false);
      fail(previous.to, `A missing comma between two ${what}: add a comma here`, previous.to);
    }
    if (ch === ']' || ch === '}') unclosed(open, close);
    return fail(pos, `Unexpected ${shown(ch)}: a comma or ${close} should follow here`);
  };

  const unclosed = (open: number, close: string): never =>
    fail(open, `This ${text[open]} is never closed: add ${close} where the ${close === ']' ? 'list' : 'object'} ends`);

  const value = (depth: number): JsonNode => {
    if (depth > 512) fail(pos, 'Nested too deep');
    space();
    const ch = text[pos];
    if (ch === '"') return string();
    if (ch === '{') return object(depth);
    if (ch === '[') return array(depth);
    if (ch === '-' || (ch >= '0' && ch <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, pos) && !WORD.test(text[pos + word.length] ?? '')) {
        pos += word.length;
        return { from: pos - word.length, to: pos };
      }
    }
    return badStart(false);
  };

  const array = (depth: number): JsonNode => {
    const from = pos++;
    const items: JsonNode[] = [];
    space();
    if (text[pos] === ']') return { from, to: ++pos, items };
    for (;;) {
      space();
      if (pos >= text.length) unclosed(from, ']');
      items.push(value(depth + 1));
      space();
      if (pos >= text.length) unclosed(from, ']');
      if (text[pos] === ']') return { from, to: ++pos, items };
      if (text[pos] !== ',') badAfter(items[items.length - 1], from, ']', 'items');
      const comma = pos++;
      space();
      if (text[pos] === ']') fail(comma, 'A comma after the last item of a list: remove it');
      if (text[pos] === '}') fail(comma, 'A comma after the last item of a list: remove it (and close the list with ])');
    }
  };

  const object = (depth: number): JsonNode => {
    const from = pos++;
    const fields = new Map<string, JsonNode>();
    space();
    if (text[pos] === '}') return { from, to: ++pos, fields };
    for (;;) {
      space();
      if (pos >= text.length) unclosed(from, '}');
      if (text[pos] !== '"') badStart(true);
      const key = string();
      space();
      if (text[pos] !== ':') {
        if (pos >= text.length) unclosed(from, '}');
        fail(key.to, `A missing colon: write ${text.slice(key.from, key.to)}: and then its value`, key.to);
      }
      pos++;
      space();
      if (pos >= text.length) fail(pos, 'The text ends where a value should follow', pos);
      const item = value(depth + 1);
      fields.set(JSON.parse(text.slice(key.from, key.to)) as string, item);
      space();
      if (pos >= text.length) unclosed(from, '}');
      if (text[pos] === '}') return { from, to: ++pos, fields };
      if (text[pos] !== ',') badAfter(item, from, '}', 'entries');
      const comma = pos++;
      space();
      if (text[pos] === '}') fail(comma, 'A comma after the last entry of an object: remove it');
      if (text[pos] === ']') fail(comma, 'A comma after the last entry of an object: remove it (and close the object with })');
    }
  };

  space();
  if (pos >= text.length) fail(0, 'Empty: a comparison starts with { and ends with }', 0);
  const root = value(0);
  space();
  if (pos < text.length) {
    if (text[pos] === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) badStart(false);
    fail(pos, 'Text after the end: everything should be inside the outer { }, remove the rest', text.length);
  }
  return root;
}

/** The value of `text`, or the first syntax error in plain words, where to fix it. */
export function explainJson(text: string): Explained {
  let tree: JsonNode;
  try {
    tree = parse(text);
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    return { ok: false, ...lineColumn(text, e.from), from: e.from, to: e.to, message: e.message };
  }
  return { ok: true, value: JSON.parse(text), tree };
}

/** A validator path (`options[1].pros[0]`, `verdict.text[0]`, `pick`, '' for the whole) as steps. */
export function pathSteps(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|\.?([^.[\]]+)/g)) steps.push(match[1] !== undefined ? Number(match[1]) : match[2]);
  return steps;
}

/**
 * Where the value at `path` is in the text `tree` was parsed from: its range and `exact: true`, or,
 * when it is missing, the range of the nearest parent that exists (its opening bracket alone).
 */
export function locatePath(tree: JsonNode, path: string): { from: number; to: number; exact: boolean } {
  let node = tree;
  for (const step of pathSteps(path)) {
    const next = typeof step === 'number' ? node.items?.[step] : node.fields?.get(step);
    if (!next) return { from: node.from, to: node.from + 1, exact: false };
    node = next;
  }
  return { from: node.from, to: node.to, exact: true };
}

/** A validator problem or warning, "path: message", split; no path for one about the whole. */
export function splitProblem(problem: string): { path: string; message: string } {
  const match = /^((?:[$\w]+)(?:\[\d+\]|\.[$\w]+)*): ([\s\S]*)$/.exec(problem);
  return match ? { path: match[1], message: match[2] } : { path: '', message: problem };
}

const FIELD_NAMES: Record<string, string> = {
  options: 'Option',
  pros: 'Pros',
  cons: 'Cons',
  related: 'Related',
  verdict: 'Verdict',
  text: 'Text',
  bottomLine: 'Bottom line',
  reason: 'Reason',
  contact: 'Contact',
  labels: 'Labels',
  pick: 'Pick',
  title: 'Title',
  intro: 'Intro',
  label: 'Label',
  lang: 'Language',
  dir: 'Direction',
  name: 'Name',
  summary: 'Summary',
  kind: 'Kind',
  url: 'URL',
  id: 'Id',
  email: 'Email',
  prompt: 'Prompt',
};

/** A path in words: `options[1].pros[0]` → "Option 2 › Pros › item 1". */
export function describePath(path: string): string {
  if (!path) return 'The comparison';
  const parts: string[] = [];
  for (const step of pathSteps(path)) {
    if (typeof step === 'number') {
      const last = parts.length - 1;
      if (last >= 0 && parts[last] === 'Option') parts[last] = `Option ${step + 1}`;
      else parts.push(`item ${step + 1}`);
    } else parts.push(FIELD_NAMES[step] ?? step);
  }
  return parts.join(' › ');
}
