// The Svelte recipe's config for svelte-check (test/recipes.test.ts): the defaults. Without it,
// svelte-check looks for one upwards and reads the repo's vite.config.ts, which has no Svelte.
export default {};
