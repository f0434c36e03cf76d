// The studio's React, Vue and Svelte snippets as files, for frameworks/studio-snippets.test.ts:
// site/studio/snippets.ts (bundled by esbuild, run here) writes them for some of the studio's own
// templates (site/studio/templates.ts) into integrations/.studio-snippets/ (not committed), and the
// test mounts each with its framework, compiled as the other apps are (plugins/). The files are the
// studio's text as a user copies it, except that the package's name points at this repository's
// source (`import 'nice-pick'` → src/index.js, as the other apps do), so no build of lib/ is needed.
// Written when web-test-runner.config.mjs loads; `node integrations/plugins/studio-snippets.mjs`
// writes them by hand.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { integrations, root } from './paths.mjs';

export const snippetsDir = path.join(integrations, '.studio-snippets');

/** The templates the test mounts (site/studio/templates.ts ids): a pick in English; Arabic, right to left, its own words. */
export const TEMPLATE_IDS = ['two', 'rtl'];

/** The package's specifiers in the snippets, and the source file each stands for (from the repo root). */
const SOURCES = { 'nice-pick': 'src/index.js', 'nice-pick/react': 'src/react.js' };

/** The studio's snippets module, bundled (it imports src/*.ts) and imported. */
async function studioModules() {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `export { snippets } from './site/studio/snippets.ts';\nexport { templates } from './site/studio/templates.ts';\n`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** `text` with each import of the package's specifiers (all must be there) pointing at the source, from `dir`. */
function toSource(text, dir, names) {
  let out = text;
  for (const name of names) {
    const file = path.relative(dir, path.join(root, SOURCES[name])).split(path.sep).join('/');
    const imports = new RegExp(`(\\b(?:from|import) )'${name.replace('/', '\\/')}'`, 'g');
    if (!imports.test(out)) throw new Error(`studio-snippets: the snippet no longer imports '${name}':\n${text}`);
    out = out.replace(imports, (_, keyword) => `${keyword}'${file.startsWith('.') ? file : `./${file}`}'`);
  }
  return out;
}

/** Writes react-ID.tsx, vue-ID.ts and svelte-ID.svelte for each template into `dir`; returns `dir`. */
export async function writeStudioSnippets(dir = snippetsDir) {
  const { snippets, templates } = await studioModules();
  mkdirSync(dir, { recursive: true });
  for (const id of TEMPLATE_IDS) {
    const template = templates.find((t) => t.id === id);
    if (!template) throw new Error(`studio-snippets: no template "${id}" in site/studio/templates.ts`);
    const made = snippets({
      data: template.comparison,
      scriptUrl: 'https://cdn.example/nice-pick.js',
      viewerUrl: 'https://studio.example/embed/',
      studioUrl: 'https://studio.example/studio/',
      shareData: '',
      theme: 'auto',
    });
    const files = [
      [`react-${id}.tsx`, toSource(made.react, dir, ['nice-pick', 'nice-pick/react'])],
      [`vue-${id}.ts`, toSource(made.vue, dir, ['nice-pick'])],
      [`svelte-${id}.svelte`, toSource(made.svelte, dir, ['nice-pick'])],
    ];
    for (const [name, text] of files) {
      const temp = path.join(dir, `${name}.${process.pid}.tmp`); // atomically: tests may run at once
      writeFileSync(temp, text);
      renameSync(temp, path.join(dir, name));
    }
  }
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(integrations, 'plugins/studio-snippets.mjs')) await writeStudioSnippets();
