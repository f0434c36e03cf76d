// After `tsc -p tsconfig.build.json`: puts the framework typings (src/react.d.ts, preact, solid,
// vue, svelte: every declaration file in src/) into lib/, each with the empty module its export's
// "import" condition names. They are declaration files so that the package compiles, and tsc
// checks it, without React, Preact, Solid, Vue or Svelte installed (skipLibCheck); tsc does not
// emit declaration files it reads, so they are copied here. Their relative imports (./props.js,
// ./nice-pick.js) name modules tsc emits next to them in lib/.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);
const lib = new URL('../lib/', import.meta.url);
for (const file of readdirSync(src).filter((name) => name.endsWith('.d.ts'))) {
  copyFileSync(new URL(file, src), new URL(file, lib));
  writeFileSync(new URL(file.replace(/\.d\.ts$/, '.js'), lib), '// Types only: see the .d.ts next to this file.\nexport {};\n');
}
