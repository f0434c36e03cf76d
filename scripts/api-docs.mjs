// The README's API tables, generated from custom-elements.json (itself generated from the code's
// JSDoc by `cem analyze`), so the docs cannot drift from the element.
// Also VS Code's HTML custom data (vscode.html-custom-data.json), for completion in editors.
//   node scripts/api-docs.mjs --write   rewrites the tables between the README's api markers
//   node scripts/api-docs.mjs --check   fails when the README's tables are not the generated ones
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const readmeFile = fileURLToPath(new URL('../README.md', import.meta.url));
const manifestFile = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The element's declaration in a manifest. */
export function element(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === 'nice-pick') return declaration;
  }
  throw new Error('custom-elements.json declares no <nice-pick>');
}

/** Every generated table, by marker name. */
export function tables(manifest) {
  const el = element(manifest);
  const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static);
  return {
    attributes: table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (el.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
    ),
    properties: table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((f) => [code(f.name), code(f.attribute ?? el.attributes?.find((a) => a.fieldName === f.name)?.name), code(f.type?.text), code(f.default), cell(f.description)]),
    ),
    methods: table(
      ['Method', 'Description'],
      (el.members ?? [])
        .filter((m) => m.kind === 'method' && m.privacy !== 'private' && m.privacy !== 'protected')
        .map((m) => [
          code(`${m.static ? 'NicePick.' : ''}${m.name}(${(m.parameters ?? []).map((p) => (p.default ? `${p.name} = ${p.default}` : p.name)).join(', ')})`),
          cell(m.description),
        ]),
    ),
    events: table(['Event', 'Description'], (el.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    parts: table(['Part', 'Description'], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    'css-properties': table(
      ['Custom property', 'Default', 'Description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  };
}

/** The README with every table between `<!-- api:NAME -->` and `<!-- /api:NAME -->` regenerated. */
export function withTables(readme, manifest) {
  let result = readme;
  for (const [name, text] of Object.entries(tables(manifest))) {
    const pattern = new RegExp(`(<!-- api:${name} -->)[\\s\\S]*?(<!-- /api:${name} -->)`);
    if (!pattern.test(result)) throw new Error(`README.md has no <!-- api:${name} --> … <!-- /api:${name} --> markers`);
    result = result.replace(pattern, (_, start, end) => `${start}\n${text}\n${end}`);
  }
  return result;
}

/** VS Code's HTML custom data for the tag: completion and hover docs for authors. */
export function vscodeData(manifest) {
  const el = element(manifest);
  const literals = (type = '') => [...type.matchAll(/'([^']*)'/g)].map(([, name]) => ({ name }));
  return {
    version: 1.1,
    tags: [
      {
        name: el.tagName,
        description: el.description.replace(/\s*\n\s*/g, ' '),
        attributes: (el.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description.replace(/\s*\n\s*/g, ' '),
          ...(literals(a.type?.text).length && { values: literals(a.type.text) }),
        })),
        references: [{ name: 'nice-pick README', url: 'https://www.npmjs.com/package/nice-pick' }],
      },
    ],
  };
}

export const vscodeFile = fileURLToPath(new URL('../vscode.html-custom-data.json', import.meta.url));
export const vscodeText = (manifest) => `${JSON.stringify(vscodeData(manifest), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(readmeFile, 'utf8');
  const updated = withTables(readme, JSON.parse(readFileSync(manifestFile, 'utf8')));
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (process.argv.includes('--write')) {
    writeFileSync(readmeFile, updated);
    writeFileSync(vscodeFile, vscodeText(manifest));
    console.log('README.md API tables and vscode.html-custom-data.json written from custom-elements.json');
  } else if (updated !== readme || readFileSync(vscodeFile, 'utf8') !== vscodeText(manifest)) {
    console.error('README.md API tables or vscode.html-custom-data.json differ from custom-elements.json: run `npm run docs`.');
    process.exit(1);
  }
}
