// The generated parts of the documentation (README.md, CONTRIBUTING.md and the docs pages in
// site/docs/), so they cannot drift from what they describe. Between a pair of markers, the text
// is made from its source:
//   <!-- api:NAME --> … <!-- /api:NAME -->        a table of custom-elements.json (scripts/api-docs.mjs)
//   <!-- schema:DEFINITION --> … <!-- /schema --> a table of the JSON Schema's fields (made from src/comparison.ts)
//   <!-- example:FILE --> … <!-- /example -->     a JSON file of the repository, as a ```json block
//   <!-- snippet:FILE#REGION --> … <!-- /snippet --> the lines between `#region REGION` and `#endregion`
//                                                   comments in FILE (any comment syntax), or the
//                                                   whole FILE without `#REGION`, as a fenced block
//                                                   in FILE's language
//   node scripts/docs.mjs --write   rewrites every generated part (and vscode.html-custom-data.json)
//   node scripts/docs.mjs --check   fails, naming the files, when any differs (test/node/docs.test.ts too)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tables, vscodeFile, vscodeText } from './api-docs.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

/** Markdown without its fenced code blocks (a line of three or more backticks or tildes, with no
 * backtick after backticks, opens one; the same run, as long or longer, closes it). */
export function withoutFences(markdown) {
  let fence = '';
  return markdown
    .split('\n')
    .filter((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length)) fence = '';
        return false;
      }
      if (marker && !(marker[0] === '`' && line.trim().slice(marker.length).includes('`'))) {
        fence = marker;
        return false;
      }
      return true;
    })
    .join('\n');
}

/** Every documentation file that may hold markers. */
export function docFiles() {
  const docs = path.join(root, 'site/docs');
  return [
    path.join(root, 'README.md'),
    path.join(root, 'CONTRIBUTING.md'),
    ...readdirSync(docs).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(docs, name)),
  ];
}

/** The schema's `$id`: what a comparison's `$schema` says outside this repository. */
const schemaFile = path.join(root, 'schema/nice-pick.schema.json');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** A JSON Schema type, as a reader would write it. */
function typeOf(property) {
  if (property.$ref) return property.$ref.split('/').pop().replace(/^ComparisonOption$/, 'Option');
  if (property.enum) return property.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (property.anyOf) return property.anyOf.map(typeOf).join(' \\| ');
  if (property.type === 'array') {
    const item = typeOf(property.items ?? {});
    return item.includes('|') ? `(${item})[]` : `${item}[]`;
  }
  return [property.type ?? 'any'].flat().join(' \\| ');
}

/** Limits a field's schema states: lengths and counts. */
function limitsOf(property) {
  const limits = [];
  if (property.minItems !== undefined && property.maxItems !== undefined) limits.push(`${property.minItems} to ${property.maxItems} items`);
  else if (property.maxItems !== undefined) limits.push(`at most ${property.maxItems} items`);
  else if (property.minItems !== undefined) limits.push(`at least ${property.minItems} items`);
  if (property.minLength) limits.push('not empty');
  if (property.items?.minLength) limits.push('each not empty');
  return limits.join(', ');
}

/** The table of one definition's fields in the JSON Schema. */
export function schemaTable(schema, name) {
  const definition = schema.definitions[name];
  if (!definition?.properties) throw new Error(`the schema has no definition ${name} with properties`);
  const required = new Set(definition.required ?? []);
  const rows = Object.entries(definition.properties)
    .filter(([field]) => field !== '$schema')
    .map(([field, property]) => [
      `\`${field}\``,
      `\`${typeOf(property)}\``,
      required.has(field) ? '**required**' : '',
      limitsOf(property),
      cell(property.description),
    ]);
  return ['| Field | Type | Required | Limits | Meaning |', '| --- | --- | --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const LANGUAGES = { ts: 'ts', tsx: 'tsx', js: 'js', mjs: 'js', vue: 'vue', svelte: 'svelte', astro: 'astro', json: 'json', html: 'html', njk: 'njk', md: 'md', php: 'php', yaml: 'yaml', yml: 'yaml', css: 'css' };

/** The region `name` of a file's text: the lines between its `#region name` and `#endregion`. */
export function region(text, name, file = 'the file') {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`#region ${name}\\b`).test(line));
  if (start < 0) throw new Error(`${file} has no "#region ${name}"`);
  const end = lines.findIndex((line, i) => i > start && /#endregion\b/.test(line));
  if (end < 0) throw new Error(`${file}: "#region ${name}" is never closed by "#endregion"`);
  const body = lines.slice(start + 1, end).filter((line) => !/#(end)?region\b/.test(line));
  // Indented as a whole in its file (inside a function, a template): as written at the left margin.
  const indent = Math.min(...body.filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length));
  return body.map((line) => line.slice(indent)).join('\n');
}

/** The text of one generated part, by its marker. */
function generate(kind, argument, { manifest, schema }) {
  if (kind === 'api') {
    const table = tables(manifest)[argument];
    if (!table) throw new Error(`no API table named ${argument}`);
    return table;
  }
  if (kind === 'schema') return schemaTable(schema, argument);
  if (kind === 'example') {
    // A relative "$schema" works in this repository only: outside it, the schema's own address.
    return '```json\n' + readFileSync(path.join(root, argument), 'utf8').trimEnd().replace(/"\$schema": "[^"]*"/, `"$schema": "${schema.$id}"`) + '\n```';
  }
  if (kind === 'snippet') {
    const [file, name] = argument.split('#');
    const text = readFileSync(path.join(root, file), 'utf8');
    const language = LANGUAGES[path.extname(file).slice(1)] ?? '';
    return '```' + language + '\n' + (name ? region(text, name, file) : text.trimEnd()) + '\n```';
  }
  throw new Error(`unknown marker kind ${kind}`);
}

// A marker is a line of its own (one quoted in a sentence, in backticks, is not).
const MARKER = /^(<!-- (api|schema|example|snippet):(\S+) -->)\n[\s\S]*?^(<!-- \/\2(?::\3)? -->)$/gm;

/** A documentation file's text with every generated part made anew. */
/** What the generated parts are made from, read once for all the files. */
const readSources = () => ({ manifest: readJson(path.join(root, 'custom-elements.json')), schema: readJson(schemaFile) });

export function withGenerated(text, sources = readSources()) {
  return text.replace(MARKER, (_, start, kind, argument, end) => `${start}\n${generate(kind, argument, sources)}\n${end}`);
}

/** Files whose generated parts differ from what their sources make now. */
export function stale() {
  const sources = readSources();
  return docFiles().filter((file) => {
    const text = readFileSync(file, 'utf8');
    return withGenerated(text, sources) !== text;
  }).map(rel);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = readJson(path.join(root, 'custom-elements.json'));
  if (process.argv.includes('--write')) {
    const sources = readSources();
    for (const file of docFiles()) writeFileSync(file, withGenerated(readFileSync(file, 'utf8'), sources));
    writeFileSync(vscodeFile, vscodeText(manifest));
    console.log('generated parts of README.md, CONTRIBUTING.md and site/docs/*.md, and vscode.html-custom-data.json, written');
  } else {
    const files = stale();
    const vscode = readFileSync(vscodeFile, 'utf8') !== vscodeText(manifest);
    if (files.length || vscode) {
      console.error(`generated documentation differs from its sources in ${[...files, ...(vscode ? ['vscode.html-custom-data.json'] : [])].join(', ')}: run \`npm run docs\``);
      process.exit(1);
    }
  }
}
