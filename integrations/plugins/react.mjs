// React ships CommonJS only, and its entries choose a build by process.env.NODE_ENV. esbuild
// turns react, react/jsx-runtime, react-dom and react-dom/client into ONE ES module (one copy of
// React, the development build, for its warnings), built on first use; each entry is then a tiny
// module that names its exports (listed by Node's require, in a child process, since React's
// development build patches the console of the process that loads it).
// (@rollup/plugin-commonjs through @web/dev-server-rollup was tried: without a bundle it cannot
// give CommonJS modules their named exports, and react-dom's require('react') came out undefined.)
import { execFileSync } from 'node:child_process';
import { integrations } from './paths.mjs';

const entries = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const prefix = '/__nice-pick__/react-esm/';
const bundlePath = `${prefix}bundle.js`;
const inNodeModules = /\/node_modules\//;

export function reactPlugin() {
  let bundle; // Promise<string>
  let names; // entry -> its export names
  const buildBundle = async () => {
    const { build } = await import('esbuild');
    const contents = entries.map((entry, i) => `export * as entry${i} from ${JSON.stringify(entry)};`).join('\n');
    const result = await build({
      stdin: { contents, resolveDir: integrations, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  const exportNames = () =>
    (names ??= JSON.parse(
      execFileSync(
        process.execPath,
        ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(entries)}.map((e) => [e, Object.keys(require(e))]))))`],
        { cwd: integrations, env: { ...process.env, NODE_ENV: 'development' }, encoding: 'utf8' },
      ),
    ));
  return {
    name: 'nice-pick-react-esm',
    resolveImport({ source, context }) {
      if (!entries.includes(source) || inNodeModules.test(context.path)) return undefined;
      return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      if (context.path === bundlePath) return { body: await (bundle ??= buildBundle()), type: 'js' };
      const i = entries.indexOf(context.path.slice(prefix.length, -'.js'.length));
      if (i < 0) return undefined;
      const named = exportNames()[entries[i]].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      const body = `import { entry${i} as m } from ${JSON.stringify(bundlePath)};\nexport const { ${named.join(', ')} } = m;\nexport default m.default;\n`;
      return { body, type: 'js' };
    },
  };
}
