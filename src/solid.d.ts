// Types only, for Solid apps: `import type {} from 'nice-pick/solid';` once makes
// `<nice-pick data={comparison} theme="dark" onLoad={…} onError={…} />` type-check in TSX.
// Nothing here reaches the browser: the main entry does not import this module, and it is empty
// JavaScript. A declaration file, copied into lib/ by the build (scripts/framework-types.mjs), so
// the package compiles without Solid installed.
//
// Every property and attribute comes from the element (props.ts): Solid sets every prop of a
// custom element (a tag with a dash) as a property, defined yet or not (`heading-level={3}` sets
// `headingLevel`), so `data={…}` needs no `prop:` prefix (`prop:data` works too). It does not
// delegate `load` and `error`: `onLoad`, `onload` and `on:load` all add a listener for `load` on
// the card, and the same for `error`. A static `theme="dark"` goes into Solid's HTML template, so
// it is an attribute, which the card reads as well.
import type { JSX } from 'solid-js';
import type { NicePick } from './nice-pick.js';
import type { NicePickEvents, NicePickProperties, NicePickProps } from './props.js';

/** `onLoad`, `onload`; `on:load` also takes `addEventListener` options, if given an object. */
type Listeners = {
  [K in keyof NicePickEvents as `on${Capitalize<K>}` | `on${K}`]?: JSX.EventHandlerUnion<NicePick, NicePickEvents[K]>;
} & {
  [K in keyof NicePickEvents as `on:${K}`]?: JSX.EventHandlerWithOptionsUnion<NicePick, NicePickEvents[K]>;
};
/** `prop:data`, `prop:headingLevel`…: the same as without the prefix. */
type Prefixed = { [K in keyof NicePickProperties as `prop:${K}`]: NicePickProperties[K] };

/** The props of `<nice-pick>` in Solid JSX. */
export interface NicePickSolidProps
  extends Omit<JSX.HTMLAttributes<NicePick>, keyof Listeners | keyof NicePickProps>, NicePickProps, Prefixed, Listeners {}

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'nice-pick': NicePickSolidProps;
    }
  }
}
