// Types only, for Solid apps: `import type {} from 'nice-pick/solid';` once makes
// `<nice-pick data={comparison} theme="dark" onLoad={…} onError={…} />` type-check in TSX.
// Nothing here reaches the browser: the main entry does not import this module, and it emits an
// empty one. Solid sets every prop of a custom element (a tag with a dash) as a property, defined
// yet or not, so `data={…}` needs no `prop:` prefix (`prop:data` works too). It does not
// delegate `load` and `error`: `onLoad`, `onload` and `on:load` all add a listener for `load`
// on the card, and the same for `error`. A static `theme="dark"` goes into Solid's HTML template,
// so it is an attribute, which the card reads as well.
import type { JSX } from 'solid-js';
import type { Comparison } from './comparison.js';
import type { NicePickErrorEvent, NicePickLoadEvent } from './events.js';
import type { NicePick } from './nice-pick.js';

type LoadHandler = JSX.EventHandlerUnion<NicePick, NicePickLoadEvent>;
type ErrorHandler = JSX.EventHandlerUnion<NicePick, NicePickErrorEvent>;

/** The props of `<nice-pick>` in Solid JSX. */
export interface NicePickSolidProps
  extends Omit<JSX.HTMLAttributes<NicePick>, 'onLoad' | 'onload' | 'on:load' | 'onError' | 'onerror' | 'on:error'> {
  /** The comparison, as an object (set as the `data` property). */
  data?: Comparison | null;
  /** The same as `data`: Solid sets it as the property. */
  'prop:data'?: Comparison | null;
  /** The URL of a comparison JSON file. */
  src?: string;
  /** `auto` follows the reader's colour scheme; `light` or `dark` forces one. */
  theme?: 'auto' | 'light' | 'dark';
  /** The card rendered new data: `event.detail` is the comparison as shown. */
  onLoad?: LoadHandler;
  /** The same listener as `onLoad`. */
  onload?: LoadHandler;
  /** The same listener as `onLoad`, with `addEventListener` options if given an object. */
  'on:load'?: JSX.EventHandlerWithOptionsUnion<NicePick, NicePickLoadEvent>;
  /** The card shows an error: `event.detail` says why. */
  onError?: ErrorHandler;
  /** The same listener as `onError`. */
  onerror?: ErrorHandler;
  /** The same listener as `onError`, with `addEventListener` options if given an object. */
  'on:error'?: JSX.EventHandlerWithOptionsUnion<NicePick, NicePickErrorEvent>;
}

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'nice-pick': NicePickSolidProps;
    }
  }
}
