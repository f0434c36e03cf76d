// The JSON Schema of the data format, generated from the TypeScript types in src/comparison.ts,
// which are the one source of the contract.
//   node scripts/schema.mjs --write   writes schema/nice-pick.schema.json (npm run build does this)
//   node scripts/schema.mjs --check   fails when the committed schema is not what the types say
import { createGenerator } from 'ts-json-schema-generator';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const schemaFile = fileURLToPath(new URL('../schema/nice-pick.schema.json', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export function generateSchema() {
  const schema = createGenerator({
    path: fileURLToPath(new URL('../src/comparison.ts', import.meta.url)),
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    type: 'Comparison',
    // "Unknown fields are ignored": the format lets files carry more than the card reads.
    additionalProperties: true,
    skipTypeCheck: true,
  }).createSchema('Comparison');
  return {
    $schema: schema.$schema,
    $id: `https://cdn.jsdelivr.net/npm/nice-pick@${pkg.version.split('.')[0]}/schema/nice-pick.schema.json`,
    title: 'A <nice-pick> comparison, data format version 1',
    $comment:
      'Two rules are checked by the validator but cannot be said in JSON Schema: option ids (given, or derived from the names) must differ, and "pick" must name one of them.',
    ...schema,
  };
}

const text = (schema) => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = text(generateSchema());
  if (process.argv.includes('--write')) {
    writeFileSync(schemaFile, generated);
    console.log(`wrote ${schemaFile}`);
  } else {
    let committed = '';
    try {
      committed = readFileSync(schemaFile, 'utf8');
    } catch {}
    if (committed !== generated) {
      console.error('schema/nice-pick.schema.json is not what src/comparison.ts says: run `npm run build:schema`.');
      process.exit(1);
    }
    console.log('schema is up to date');
  }
}
