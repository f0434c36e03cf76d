// `cem analyze` reads the element's JSDoc (@csspart, @cssprop, @event) and its Lit properties;
// custom-elements.json is what editors, the docs tables (scripts/api-docs.mjs, scripts/docs.mjs) and tests read.
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  outdir: '.',
  // package.json's customElements field is written by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // Lit's `state: true` properties and private members are not API: keep them out of the docs.
      name: 'hide-internals',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            declaration.attributes = declaration.attributes?.filter((a) => !a.name.startsWith('_'));
            declaration.members = declaration.members?.filter((m) => m.privacy !== 'private' && !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
