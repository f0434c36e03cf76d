// The docs' line for Svelte's type checking (site/docs/frameworks.md), as in an app's src/app.d.ts:
// test/recipes.test.ts runs svelte-check on recipes/svelte.svelte with it.
// #region recipe
import type {} from 'nice-pick/svelte';
// #endregion
