// The API tables of the docs (site/docs/api.md, styling.md), made from custom-elements.json (itself
// generated from the code's JSDoc by `cem analyze`), so the docs cannot drift from the element;
// scripts/docs.mjs writes them between the pages' <!-- api:NAME --> markers. Also VS Code's HTML
// custom data (vscode.html-custom-data.json), for completion in editors.
import { fileURLToPath } from 'node:url';

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
