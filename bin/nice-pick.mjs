#!/usr/bin/env node
// nice-pick: check comparison files against the data format, and make the HTML that embeds one.
// Plain ESM with Node built-ins only; the validator is the package's own (lib/check.js), YAML
// files are read by lib/text.js (which needs the optional yaml package), and `render` uses
// nice-pick/server (lib/server.js, which needs the optional @lit-labs/ssr).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { constants, deflateRawSync } from 'node:zlib';

/** The viewer `link` points at without --base: a placeholder until the site has its home. */
const DEFAULT_BASE = 'https://nice-pick.example/embed/';

const USAGE = `Usage:
  nice-pick validate [--json] FILE|URL...   check comparisons against the data format
  nice-pick embed FILE|URL                  print the HTML that shows one in a page
  nice-pick render [options] FILE|URL       print the card as static HTML (no script needed)
  nice-pick link [--base URL] FILE|URL      print a share link that shows it in the viewer
  nice-pick --help                          this help
  nice-pick --version                       the version of nice-pick

FILE is JSON (.json, or any other name) or YAML (.yaml, .yml: YAML 1.2, which needs the package
yaml installed); a URL is YAML when its path ends in .yaml or .yml or the server says so
(Content-Type application/yaml, text/yaml…), else JSON.

validate prints "✓ FILE" or "✗ FILE" for each input, with every problem on its own line
("path: what was expected") and every warning ("warning: ..."). URLs (http:, https:) are fetched.
  --json   print one JSON document instead: {"valid", "results": [{"input", "valid",
           "problems", "warnings", "error"?}]}

embed checks the file first, then prints a <script> tag for the CDN and a <nice-pick> element
with the comparison inline, ready to paste into a blog post (e.g. a "Custom HTML" block).

render prints the finished card: a <nice-pick> element with a declarative shadow root (the
card's markup and styles), shown by browsers with scripts off, and the comparison inline, so
the element's script, where a page loads it, takes over. Needs the package @lit-labs/ssr.
  --theme auto|light|dark   the card's theme (default auto)
  --heading-level N         the title's heading level, 1 to 4 (default 2)
  --structured-data         add schema.org JSON-LD of the pros and cons (editorial reviews only)
  --author NAME             with --structured-data: the reviews' author (a person's name)

link checks the file first, then prints BASE#c=DATA, DATA being base64url (no padding) of the
deflate-raw compression of the comparison's JSON (compact, UTF-8): the viewer's link format.
  --base URL   the viewer's address (default ${DEFAULT_BASE}, a placeholder:
               pass where site/dist/embed/ is hosted)

Exit status: 0 all valid, 1 some input invalid or unreadable, 2 usage error (or lib/ not built,
or @lit-labs/ssr, or for YAML yaml, not installed).
`;

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** An error we expect (bad usage, missing build): its message is shown, without a stack trace. */
class Exit extends Error {
  constructor(message, code, { usage = false } = {}) {
    super(message);
    this.code = code;
    this.usage = usage;
  }
}
const usageError = (message) => new Exit(message, 2, { usage: true });

// `nice-pick validate x | head` must not end in an EPIPE stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// ---------------------------------------------------------------------------- arguments

const FLAGS = { '--help': 'help', '-h': 'help', '--version': 'version', '--json': 'json', '--structured-data': 'structuredData' };
/** Options that take a value (`--theme dark` or `--theme=dark`). */
const VALUES = { '--theme': 'theme', '--heading-level': 'headingLevel', '--author': 'author', '--base': 'base' };
/** The command each option belongs to. */
const COMMAND_OF = { json: 'validate', structuredData: 'render', theme: 'render', headingLevel: 'render', author: 'render', base: 'link' };
const OPTION_NAME = Object.fromEntries([...Object.entries(FLAGS), ...Object.entries(VALUES)].map(([flag, key]) => [key, flag]));

function parseArgs(argv) {
  const flags = new Set();
  const values = {};
  const positionals = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, ...rest] = arg.split('=');
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) positionals.push(arg);
    else if (arg === '--') onlyPositionals = true;
    else if (FLAGS[arg]) flags.add(FLAGS[arg]);
    else if (FLAGS[name]) throw usageError(`${name} takes no value`);
    else if (VALUES[name]) {
      const value = rest.length ? rest.join('=') : argv[++i];
      if (value === undefined || (!rest.length && value.startsWith('--'))) throw usageError(`${name} needs a value`);
      values[VALUES[name]] = value;
    } else throw usageError(`unknown option ${arg}`);
  }
  const [command, ...inputs] = positionals;
  return { flags, values, command, inputs };
}

// ---------------------------------------------------------------------------- loading

/** Imports a module of the built package (lib/), with a clear error when it is not built. */
async function loadLib(file) {
  const url = new URL(`../lib/${file}`, import.meta.url);
  try {
    return await import(url.href);
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND' && err.message.includes(fileURLToPath(url))) {
      // A source checkout before its first build: lib/ is made by `npm run build`.
      const missing = err.message.split('\n')[0];
      throw new Exit(`lib/ is not built: ${missing}\nRun npm run build, then try again.`, 2);
    }
    throw err;
  }
}

const loadValidator = async () => (await loadLib('check.js')).checkComparison;

/** nice-pick/server, or exit 2 with its own message when @lit-labs/ssr is not installed. */
async function loadServer() {
  try {
    return await loadLib('server.js');
  } catch (err) {
    if (err instanceof Exit || !err?.message?.startsWith('nice-pick/server needs')) throw err;
    throw new Exit(err.message, 2);
  }
}

const isUrl = (input) => /^https?:\/\//i.test(input);

const FILE_ERRORS = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** A YAML media type (RFC 9512's application/yaml, and the older names still served). */
const YAML_TYPE = /^\s*(application|text)\/(x-)?yaml\s*(;|$)/i;

/** YAML when the name (a file's, a URL's path) ends in .yaml or .yml, else JSON. */
const formatOfName = (name) => (/\.ya?ml$/i.test(name) ? 'yaml' : 'json');

/** Reads one input's text: `{ text, format }`, or `{ error }` saying why not. */
async function readInput(input) {
  if (isUrl(input)) {
    let response;
    try {
      response = await fetch(input, { signal: AbortSignal.timeout(30_000) });
    } catch (err) {
      const why = err?.name === 'TimeoutError' ? 'no answer within 30 s' : (err?.cause?.message ?? err?.message);
      return { error: `the request failed (${why})` };
    }
    if (!response.ok) {
      return { error: `the server answered ${`${response.status} ${response.statusText}`.trim()}` };
    }
    const format = YAML_TYPE.test(response.headers.get('content-type') ?? '') ? 'yaml' : formatOfName(new URL(input).pathname);
    try {
      return { text: await response.text(), format };
    } catch (err) {
      return { error: `the request failed (${err?.cause?.message ?? err?.message})` };
    }
  }
  try {
    return { text: await readFile(input, 'utf8'), format: formatOfName(input) };
  } catch (err) {
    return { error: FILE_ERRORS[err?.code] ?? `cannot be read (${err?.message})` };
  }
}

/** lib/text.js's readComparisonText, or exit 2 with its own message when yaml is not installed. */
async function readYaml(text) {
  const { readComparisonText } = await loadLib('text.js');
  try {
    return readComparisonText(text, 'yaml');
  } catch (err) {
    if (err?.message?.startsWith('nice-pick reads YAML with the package yaml')) throw new Exit(err.message, 2);
    throw err;
  }
}

/** Loads, parses and checks one input. */
async function checkInput(input, checkComparison) {
  const result = { input, valid: false, problems: [], warnings: [] };
  const { text, format, error } = await readInput(input);
  if (error) return { ...result, error };
  let data;
  if (format === 'yaml') {
    // YAML 1.2 (core schema), unique keys, aliases and size bounded: lib/text.js, as the Markdown plugins read it
    const read = await readYaml(text);
    if (!read.ok) {
      const where = read.line ? `line ${read.line}${read.column ? `, column ${read.column}` : ''}: ` : '';
      const syntax = /^not valid YAML: /.test(read.message);
      return { ...result, error: syntax ? `not valid YAML (${where}${read.message.slice('not valid YAML: '.length)})` : read.message };
    }
    data = read.value;
  } else {
    try {
      // A byte-order mark (Windows editors add one) is dropped, as a browser's fetch does.
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      return { ...result, error: `not valid JSON (${err.message})` };
    }
  }
  const checked = checkComparison(data);
  if (!checked.ok) return { ...result, problems: checked.problems };
  return { ...result, valid: true, warnings: checked.warnings, data };
}

// ---------------------------------------------------------------------------- commands

async function validate(inputs, { json }) {
  if (inputs.length === 0) throw usageError('validate needs at least one FILE or URL');
  const checkComparison = await loadValidator();
  const results = [];
  for (const input of inputs) {
    const { data, ...result } = await checkInput(input, checkComparison);
    results.push(result);
    if (json) continue;
    const lines = [`${result.valid ? '✓' : '✗'} ${input}`];
    if (result.error) lines.push(`  ${result.error}`);
    for (const problem of result.problems) lines.push(`  ${problem}`);
    for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  const valid = results.every((result) => result.valid);
  if (json) process.stdout.write(JSON.stringify({ valid, results }, null, 2) + '\n');
  return valid ? 0 : 1;
}

/**
 * The one input of embed or render, loaded and checked: its data, or undefined once the reason
 * is on stderr. Warnings go to stderr too, so stdout keeps only the HTML.
 */
async function loadOne(command, inputs) {
  if (inputs.length === 0) throw usageError(`${command} needs a FILE or URL`);
  if (inputs.length > 1) throw usageError(`${command} takes one FILE or URL`);
  const [input] = inputs;
  const result = await checkInput(input, await loadValidator());
  if (!result.valid) {
    const lines = result.error
      ? [`nice-pick: ${input}: ${result.error}`]
      : [`nice-pick: ${input} is not a valid comparison:`, ...result.problems.map((p) => `  ${p}`)];
    process.stderr.write(lines.join('\n') + '\n');
    return;
  }
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  return result.data;
}

async function embed(inputs) {
  // lib/embed.js: the same HTML as the studio's blog snippet (site/studio/export.ts)
  const { cdnScriptUrl, embedHtml } = await loadLib('embed.js');
  const data = await loadOne('embed', inputs);
  if (data === undefined) return 1;
  process.stdout.write(embedHtml(data, cdnScriptUrl(pkg.version)));
  return 0;
}

async function render(inputs, { theme, headingLevel, structuredData, author }) {
  if (theme !== undefined && !['auto', 'light', 'dark'].includes(theme)) {
    throw usageError(`--theme takes auto, light or dark, not "${theme}"`);
  }
  if (headingLevel !== undefined && !/^[1-4]$/.test(headingLevel)) {
    throw usageError(`--heading-level takes 1, 2, 3 or 4, not "${headingLevel}"`);
  }
  if (author !== undefined && !structuredData) throw usageError('--author goes with --structured-data');
  if (author !== undefined && !author.trim()) throw usageError('--author needs a name');
  const { renderComparison } = await loadServer();
  const data = await loadOne('render', inputs);
  if (data === undefined) return 1;
  const html = renderComparison(data, {
    theme,
    headingLevel: headingLevel === undefined ? undefined : Number(headingLevel),
    structuredData: structuredData && (author === undefined ? true : { author: { name: author } }),
    onWarning: () => {}, // already on stderr (loadOne)
  });
  process.stdout.write(`${html}\n`);
  return 0;
}

/**
 * The share link's data (the part after `#c=`): base64url, no padding (RFC 4648 §5), of the
 * deflate-raw (RFC 1951) compression of the JSON's UTF-8 bytes. site/src/share.ts reads it.
 */
const shareData = (jsonText) =>
  deflateRawSync(Buffer.from(jsonText, 'utf8'), { level: constants.Z_BEST_COMPRESSION }).toString('base64url');

async function link(inputs, { base = DEFAULT_BASE }) {
  let url;
  try {
    url = new URL(base);
  } catch {
    throw usageError(`--base takes the viewer's URL (https://…/embed/), not "${base}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw usageError(`--base takes an http: or https: URL, not "${base}"`);
  const data = await loadOne('link', inputs);
  if (data === undefined) return 1;
  url.hash = '';
  // compact JSON: the link carries the data, not the file's layout
  process.stdout.write(`${url.href}#c=${shareData(JSON.stringify(data))}\n`);
  return 0;
}

// ---------------------------------------------------------------------------- main

async function main(argv) {
  const { flags, values, command, inputs } = parseArgs(argv);
  if (flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (flags.has('version')) {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (command === undefined) throw usageError('no command given');
  for (const key of [...flags, ...Object.keys(values)]) {
    if (COMMAND_OF[key] && COMMAND_OF[key] !== command && ['validate', 'embed', 'render', 'link'].includes(command)) {
      throw usageError(`${OPTION_NAME[key]} is an option of ${COMMAND_OF[key]}, not of ${command}`);
    }
  }
  if (command === 'validate') return validate(inputs, { json: flags.has('json') });
  if (command === 'embed') return embed(inputs);
  if (command === 'render') return render(inputs, { ...values, structuredData: flags.has('structuredData') });
  if (command === 'link') return link(inputs, values);
  const hint = /\.(json|ya?ml)$/i.test(command) || isUrl(command) ? ` (did you mean: nice-pick validate ${command}?)` : '';
  throw usageError(`unknown command "${command}"${hint}`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof Exit)) throw err;
  process.stderr.write(`nice-pick: ${err.message}\n`);
  if (err.usage) process.stderr.write('Run "nice-pick --help" for usage.\n');
  process.exitCode = err.code;
}
