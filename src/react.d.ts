// Types only, for React 19 apps: `import type {} from 'nice-pick/react';` once makes
// `<nice-pick data={comparison} theme="dark" onload={…} onerror={…} />` type-check in TSX.
// Nothing here reaches the browser: the main entry does not import this module, and it is empty
// JavaScript. A declaration file, copied into lib/ by the build (scripts/framework-types.mjs), so
// the package compiles without React installed.
//
// Every property and attribute comes from the element (props.ts): React 19 sets a prop as a
// property when the element has it (`data`, `headingLevel`, `labels`…), else as an attribute
// (`heading-level="3"`), and turns `onload` / `onerror` into addEventListener('load' | 'error').
// React's own camel-case `onLoad` / `onError` are synthetic events that React only wires for
// <img>, <link> and the like: they never fire on <nice-pick>, so they are left out here, and
// using them is a type error.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NicePick } from './nice-pick.js';
import type { NicePickEvents, NicePickProps } from './props.js';

/** `onload`, `onerror`: a listener for each of the element's events, in lower case. */
type Listeners = { [K in keyof NicePickEvents as `on${K}`]?: (event: NicePickEvents[K]) => void };

/** React's synthetic events of the same names (`onLoad`, `onErrorCapture`…), which never fire here. */
type Synthetic = `on${Capitalize<keyof NicePickEvents>}${'' | 'Capture'}`;

/** The props of `<nice-pick>` in React 19 JSX. */
export interface NicePickReactProps
  extends Omit<HTMLAttributes<NicePick>, Synthetic | keyof NicePickProps>, NicePickProps, Listeners {}

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
