// Types only, for Preact apps: `import type {} from 'nice-pick/preact';` once makes
// `<nice-pick data={comparison} theme="dark" onLoad={…} onError={…} />` type-check in TSX.
// Nothing here reaches the browser: the main entry does not import this module, and it emits an
// empty one. Preact sets `data`, `src` and `theme` as properties when the element has them (so
// the tag must be registered before the first render) and turns any `on…` prop into a listener:
// `onLoad` and `onload` both listen for `load`, `onError` and `onerror` for `error`.
// `data={null}` is left out: Preact writes '' to a property whose value is null or undefined,
// which the card reports as invalid data.
import type { HTMLAttributes } from 'preact';
import type { Comparison } from './comparison.js';
import type { NicePickErrorEvent, NicePickLoadEvent } from './events.js';
import type { NicePick } from './nice-pick.js';

/** The props of `<nice-pick>` in Preact JSX. */
export interface NicePickPreactProps
  extends Omit<HTMLAttributes<NicePick>, 'onLoad' | 'onLoadCapture' | 'onError' | 'onErrorCapture'> {
  /** The comparison, as an object (set as the `data` property). */
  data?: Comparison;
  /** The URL of a comparison JSON file. */
  src?: string;
  /** `auto` follows the reader's colour scheme; `light` or `dark` forces one. */
  theme?: 'auto' | 'light' | 'dark';
  /** The card rendered new data: `event.detail` is the comparison as shown. */
  onLoad?: (event: NicePickLoadEvent) => void;
  /** The card shows an error: `event.detail` says why. */
  onError?: (event: NicePickErrorEvent) => void;
  /** The same listener as `onLoad`, in lower case. */
  onload?: (event: NicePickLoadEvent) => void;
  /** The same listener as `onError`, in lower case. */
  onerror?: (event: NicePickErrorEvent) => void;
}

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'nice-pick': NicePickPreactProps;
    }
  }
}
