import { minifyHTMLLiterals } from 'minify-literals';
import { minify as terser } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { testRoutes } from './test/support/server.mjs';

// Lit's html`` and css`` templates are plain strings to a JS minifier: squeeze them at build time.
// Quotes around plain attribute values and optional end tags (</p>, </li>) go too: the browser
// parses the template to the same DOM, and `part=hero-name` then repeats the CSS's selector text.
// White space stays as written: the minifier guesses from tag names which spaces show, and the
// card's CSS makes some of its "block" tags inline (the space between "Related to:" and the first
// tag went that way). Keeping it costs about 90 bytes gzipped; in return the bundle renders the
// same DOM as the sources, lib/ and the server renderer, text nodes and all (test/shipped.test.ts).
const html = { removeAttributeQuotes: true, removeOptionalTags: true, collapseWhitespace: false };
const minifyTemplates = (): Plugin => ({
  name: 'minify-template-literals',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return;
    const result = await minifyHTMLLiterals(code, { fileName: id, minifyOptions: html });
    // Its source map as JSON text: the object's `version` is typed string | number, Vite's number.
    return result ? { code: result.code, map: result.map?.toString() } : undefined;
  },
});

// A second minifier over rolldown's output: terser finds what oxc leaves (about 50 bytes gzipped:
// single-use functions inlined, expression-less template literals as plain strings).
const terserPass = (): Plugin => ({
  name: 'terser-pass',
  apply: 'build',
  enforce: 'post',
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type != 'chunk') continue;
      // The classic-script build's top level is the page's global scope: its names must stay.
      const module = !chunk.fileName.endsWith('.iife.js');
      // keep_fargs: false drops unused trailing parameters: nothing here reads a function's length.
      const compress = { passes: 2, keep_fargs: false };
      chunk.code = (await terser(chunk.code, { module, ecma: 2020, compress, mangle: true })).code!;
    }
  },
});

// Only for npm start: / leads to the demo, and the test routes answer under /__test__/ (the
// demo's slow card is /__test__/json?file=NAME&delay=3000).
const demoServer = (): Plugin => ({
  name: 'demo-server',
  apply: 'serve',
  configureServer(server) {
    // The repo root has no page of its own: the URL Vite prints leads to the demo.
    server.middlewares.use((req, res, next) => (req.url === '/' ? res.writeHead(302, { Location: '/demo/' }).end() : next()));
    server.middlewares.use(testRoutes);
    // The demo links to README.md and the docs' Markdown: shown as text in the tab, not offered as
    // a download of text/markdown.
    server.middlewares.use((req, res, next) => {
      if (req.url?.split('?')[0].endsWith('.md')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      next();
    });
    // The site's pages (site/studio/, site/embed/) load the element as ../nice-pick.js, which
    // `npm run build:site` copies from dist/; here the source stands in for it, live.
    server.middlewares.use((req, res, next) =>
      req.url?.split('?')[0] === '/site/nice-pick.js' ? res.writeHead(302, { Location: '/src/index.ts' }).end() : next(),
    );
  },
});

// `npm start` serves the repo root and opens the demo; `vite build` writes the script-tag bundle:
// one self-contained, minified ES module with Lit inside (the npm entry in lib/ keeps Lit external).
export default defineConfig(({ mode }) => ({
  plugins: [minifyTemplates(), demoServer(), terserPass()],
  server: { open: '/demo/' },
  build: {
    target: 'es2022',
    // Library mode leaves ES output unminified on purpose; a script-tag bundle wants it minified.
    rolldownOptions: {
      output: {
        minify: {
          // The object form switches on only what it names.
          compress: true,
          mangle: true,
          codegen: true,
          // Our own private members (`_take`, `_request`…) get short names, as locals do. Lit's
          // internals (`_$…`) are shared across Lit versions and packages and keep theirs;
          // `_view`, a Lit state property, keeps its name too.
          mangleProps: { include: /^_[a-zA-Z]/, reserved: ['_view'] },
        },
        // /* @__PURE__ */ marks help only a bundler that re-bundles this file, and it is final.
        comments: { annotation: false },
        // No Symbol.toStringTag on the classic script's exports object: bytes for nothing.
        generatedCode: { symbols: false },
      },
    },
    outDir: 'dist',
    // `vite build` writes nice-pick.js, for <script type="module">; `vite build --mode iife`
    // then adds nice-pick.iife.js, the same card as a classic script for site builders and tag
    // managers that strip type="module". The classic one only registers the tag: it exports nothing.
    emptyOutDir: mode != 'iife',
    lib:
      mode == 'iife'
        ? { entry: 'src/define.ts', formats: ['iife'], name: 'NicePick', fileName: () => 'nice-pick.iife.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'nice-pick.js' },
  },
}));
