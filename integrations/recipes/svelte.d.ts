// Types for `import Recipe from '../recipes/svelte.svelte'` in recipes.test.ts: tsc does not read
// .svelte files (the test runner compiles them with svelte/compiler, see integrations/plugins/).
declare module '*/recipes/svelte.svelte' {
  import type { Component } from 'svelte';
  import type { Comparison } from 'nice-pick';

  const SvelteRecipe: Component<{ comparison: Comparison }>;
  export default SvelteRecipe;
}
