/** @jsxImportSource solid-js */
// For integrations/frameworks/solid.test.ts: every event spelling the typings allow, and a card whose tag
// is defined only after Solid rendered it.
import type { NicePickSolidProps } from '../../src/solid.js';
import type { Comparison } from '../../src/index.js';

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'late-pick-solid': NicePickSolidProps;
    }
  }
}

export function Spellings(props: { data: Comparison; call: (name: string) => void }) {
  return (
    <nice-pick
      data={props.data}
      onLoad={() => props.call('onLoad')}
      onload={() => props.call('onload')}
      on:load={() => props.call('on:load')}
      onError={() => props.call('onError')}
      onerror={() => props.call('onerror')}
      on:error={() => props.call('on:error')}
    />
  );
}

export function PropData(props: { data: Comparison }) {
  return <nice-pick prop:data={props.data} />;
}

export function Late(props: { data: Comparison }) {
  return <late-pick-solid data={props.data} />;
}
