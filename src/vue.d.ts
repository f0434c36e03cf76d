// Types only, for Vue 3 apps: `import type {} from 'nice-pick/vue';` once (e.g. in env.d.ts) makes
// `<nice-pick :data="comparison" theme="dark" @load="…" @error="…">` type-check in templates
// (vue-tsc / Volar), the way Vue's guide types custom elements. Nothing here reaches the browser:
// the main entry does not import this module, and it is empty JavaScript. A declaration file,
// copied into lib/ by the build (scripts/framework-types.mjs), so the package compiles without Vue
// installed. The app still tells Vue's compiler that the tag is a custom element:
// `compilerOptions.isCustomElement`.
//
// Every property and attribute comes from the element (props.ts): Vue sets a binding as a
// property when the element has it (`:data`, `:heading-level` → `headingLevel`), else as an
// attribute; `@load` and `@error` listen for the element's events.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { NicePick } from './nice-pick.js';
import type { NicePickEvents, NicePickProps } from './props.js';

/** `@load`, `@error`: Vue's `onLoad` / `onError` props for the element's events. */
type Listeners = { [K in keyof NicePickEvents as `on${Capitalize<K>}`]?: (event: NicePickEvents[K]) => void };

/** The props of `<nice-pick>` in Vue templates. */
export interface NicePickVueProps extends Omit<HTMLAttributes, keyof Listeners | keyof NicePickProps>, NicePickProps, Listeners {}

/** The events of `<nice-pick>`, as Vue's `$emit` types them (for `@load` and `@error`). */
export type NicePickVueEmit = EmitFn<{ [K in keyof NicePickEvents]: (event: NicePickEvents[K]) => void }>;

/** `<nice-pick>` as a Vue global component, for template type checking only. */
export type NicePickVueComponent = new () => NicePick & {
  /** @deprecated For template type checking only; not on the element. */
  $props: NicePickVueProps & PublicProps;
  /** @deprecated For template type checking only; not on the element. */
  $emit: NicePickVueEmit;
};

declare module 'vue' {
  interface GlobalComponents {
    'nice-pick': NicePickVueComponent;
  }
}
