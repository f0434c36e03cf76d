// Types only, for Svelte 5 apps: `import type {} from 'nice-pick/svelte';` once (e.g. in
// src/app.d.ts) makes `<nice-pick data={comparison} theme="dark" onload={…} onerror={…} />`
// type-check in .svelte files (svelte-check, the editor). Nothing here reaches the browser: the
// main entry does not import this module, and it is empty JavaScript. A declaration file, copied
// into lib/ by the build (scripts/framework-types.mjs), so the package compiles without Svelte
// installed.
//
// Every property and attribute comes from the element (props.ts): Svelte 5 sets an attribute of
// a custom element as a property when the element has it (`data`, `headingLevel`…), else as an
// attribute (`heading-level="3"`), and `onload` / `onerror` add listeners for the element's
// `load` and `error` events.
import type { HTMLAttributes } from 'svelte/elements';
import type { NicePick } from './nice-pick.js';
import type { NicePickEvents, NicePickProps } from './props.js';

/** `onload`, `onerror` (and their `…capture` forms): a listener for each of the element's events. */
type Listeners = {
  [K in keyof NicePickEvents as `on${K}` | `on${K}capture`]?: (event: NicePickEvents[K] & { currentTarget: NicePick }) => void;
};

/** The attributes of `<nice-pick>` in Svelte 5 markup. */
export interface NicePickSvelteProps
  extends Omit<HTMLAttributes<NicePick>, keyof Listeners | keyof NicePickProps>, NicePickProps, Listeners {}

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'nice-pick': NicePickSvelteProps;
  }
}
