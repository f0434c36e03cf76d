// Types only, for Vue 3 apps: `import type {} from 'nice-pick/vue';` once (e.g. in env.d.ts) makes
// `<nice-pick :data="comparison" theme="dark" @load="…" @error="…">` type-check in templates
// (vue-tsc / Volar), the way Vue's guide types custom elements. Nothing here reaches the browser:
// the main entry does not import this module, and it emits an empty one. The app still tells
// Vue's compiler that the tag is a custom element: `compilerOptions.isCustomElement`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { Comparison } from './comparison.js';
import type { NicePickErrorEvent, NicePickLoadEvent } from './events.js';
import type { NicePick } from './nice-pick.js';

/** The props of `<nice-pick>` in Vue templates. */
export interface NicePickVueProps extends Omit<HTMLAttributes, 'onLoad' | 'onError'> {
  /** The comparison, as an object (`:data`; Vue sets it as the `data` property). */
  data?: Comparison | null;
  /** The URL of a comparison JSON file. */
  src?: string;
  /** `auto` follows the reader's colour scheme; `light` or `dark` forces one. */
  theme?: 'auto' | 'light' | 'dark';
  /** `@load`: the card rendered new data; `event.detail` is the comparison as shown. */
  onLoad?: (event: NicePickLoadEvent) => void;
  /** `@error`: the card shows an error; `event.detail` says why. */
  onError?: (event: NicePickErrorEvent) => void;
}

/** The events of `<nice-pick>`, as Vue's `$emit` types them (for `@load` and `@error`). */
export type NicePickVueEmit = EmitFn<{
  load: (event: NicePickLoadEvent) => void;
  error: (event: NicePickErrorEvent) => void;
}>;

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
