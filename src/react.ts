// Types only, for React 19 apps: `import type {} from 'nice-pick/react';` once makes
// `<nice-pick data={comparison} theme="dark" onload={…} onerror={…} />` type-check in TSX.
// Nothing here reaches the browser: the main entry does not import this module, and it emits an
// empty one. React 19 sets `data`, `src` and `theme` as properties (the element has them) and
// turns `onload` / `onerror` into addEventListener('load' | 'error'). React's own camel-case
// `onLoad` / `onError` are synthetic events that React only wires for <img>, <link> and the like:
// they never fire on <nice-pick>, so they are left out here, and using them is a type error.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Comparison } from './comparison.js';
import type { NicePickErrorEvent, NicePickLoadEvent } from './events.js';
import type { NicePick } from './nice-pick.js';

/** The props of `<nice-pick>` in React 19 JSX. */
export interface NicePickReactProps
  extends Omit<HTMLAttributes<NicePick>, 'onLoad' | 'onLoadCapture' | 'onError' | 'onErrorCapture'> {
  /** The comparison, as an object (set as the `data` property). */
  data?: Comparison | null;
  /** The URL of a comparison JSON file. */
  src?: string;
  /** `auto` follows the reader's colour scheme; `light` or `dark` forces one. */
  theme?: 'auto' | 'light' | 'dark';
  /** The card rendered new data: `event.detail` is the comparison as shown. */
  onload?: (event: NicePickLoadEvent) => void;
  /** The card shows an error: `event.detail` says why. */
  onerror?: (event: NicePickErrorEvent) => void;
}

/** `<nice-pick>` in React 19 JSX: its props, `key` and a `ref` to the element. */
export type NicePickJSX = DetailedHTMLProps<NicePickReactProps, NicePick>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'nice-pick': NicePickJSX;
    }
  }
}
