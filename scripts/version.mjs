// `npm version` runs this after it bumps package.json: src/version.ts takes the new version.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
const text = readFileSync(file, 'utf8');
const next = text.replace(/export const version = '[^']*';/, `export const version = '${version}';`);
if (next === text && !text.includes(`'${version}'`)) throw new Error('src/version.ts has no version line to update');
writeFileSync(file, next);
console.log(`src/version.ts: ${version}`);
