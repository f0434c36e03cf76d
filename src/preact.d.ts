// Types only, for Preact apps: `import type {} from 'nice-pick/preact';` once makes
// `<nice-pick data={comparison} theme="dark" onLoad={…} onError={…} />` type-check in TSX.
// Nothing here reaches the browser: the main entry does not import this module, and it is empty
// JavaScript. A declaration file, copied into lib/ by the build (scripts/framework-types.mjs), so
// the package compiles without Preact installed.
//
// Every property and attribute comes from the element (props.ts): Preact sets a prop as a
// property when the element has it (so the tag must be registered before the first render), else
// as an attribute, and turns any `on…` prop into a listener: `onLoad` and `onload` both listen
// for `load`, `onError` and `onerror` for `error`. No property takes null: Preact writes '' to a
// property whose value is null or undefined, which the card would read as a value (`data=""` is
// invalid data).
import type { HTMLAttributes } from 'preact';
import type { NicePick } from './nice-pick.js';
import type { NicePickEvents, NicePickProps } from './props.js';

type Listener<K extends keyof NicePickEvents> = (event: NicePickEvents[K]) => void;
/** `onLoad` and `onload`, `onError` and `onerror`: one listener each for the element's events. */
type Listeners = { [K in keyof NicePickEvents as `on${Capitalize<K>}` | `on${K}`]?: Listener<K> };
type Props = { [K in keyof NicePickProps]?: NonNullable<NicePickProps[K]> };

/** The props of `<nice-pick>` in Preact JSX. */
export interface NicePickPreactProps
  extends Omit<HTMLAttributes<NicePick>, keyof Listeners | `${keyof Listeners}Capture` | keyof Props>, Props, Listeners {}

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'nice-pick': NicePickPreactProps;
    }
  }
}
