// Types for `import App from './svelte-app.svelte'` in the Svelte test: tsc does not read .svelte
// files (the test runner compiles them with svelte/compiler, see integrations/plugins/).
declare module '*/svelte-app.svelte' {
  import type { Component } from 'svelte';
  import type { CheckedComparison, Comparison, NicePickErrorDetail } from '../../src/index.js';

  const SvelteApp: Component<{
    comparison: Comparison;
    onshown?: (comparison: CheckedComparison) => void;
    onfailed?: (error: NicePickErrorDetail) => void;
  }>;
  export default SvelteApp;
}
