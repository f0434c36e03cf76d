/** @jsxImportSource solid-js */
// Type-level tests for Solid (src/solid.d.ts), checked by integrations/test/types.test.ts.
// Each @ts-expect-error line fails the type check if the mistake it shows were accepted.
import type {} from '../../src/solid.js';
import type { Comparison, NicePick, NicePickErrorEvent, NicePickLoadEvent } from '../../src/index.js';

declare const comparison: Comparison;

export function Card() {
  let card: NicePick | undefined;
  return (
    <nice-pick
      ref={card}
      data={comparison}
      theme="dark"
      class="card"
      id="pick"
      style={{ 'max-width': '40rem' }}
      onLoad={(event) => {
        const title: string = event.detail.title;
        const ids: string[] = event.detail.options.map((option) => option.id);
        const element: NicePick = event.currentTarget;
        return [title, ids, element];
      }}
      onError={(event) => {
        const kind: 'network' | 'timeout' | 'http' | 'type' | 'size' | 'parse' | 'invalid' = event.detail.kind;
        const message: string = event.message;
        return [kind, message];
      }}
    />
  );
}

export const bySrc = <nice-pick src="/comparisons/gpu-vs-tpu.json" theme="auto" />;
export const empty = <nice-pick data={null} />;
export const asProp = <nice-pick prop:data={comparison} />;
export const otherSpellings = (onLoad: (e: NicePickLoadEvent) => void, onError: (e: NicePickErrorEvent) => void) => [
  <nice-pick data={comparison} onload={onLoad} onerror={onError} />,
  <nice-pick data={comparison} on:load={onLoad} on:error={onError} />,
  <nice-pick data={comparison} on:load={{ handleEvent: onLoad, once: true }} />,
];

// @ts-expect-error: theme is auto, light or dark
export const badTheme = <nice-pick data={comparison} theme="blue" />;
// @ts-expect-error: data is a comparison object, not a number
export const badData = <nice-pick data={42} />;
// @ts-expect-error: an option needs pros and cons
export const badShape = <nice-pick data={{ options: [{ name: 'A' }, { name: 'B' }] }} />;
// @ts-expect-error: prop:data is a comparison too
export const badProp = <nice-pick prop:data="gpu-vs-tpu.json" />;
// @ts-expect-error: src is a URL string
export const badSrc = <nice-pick src={new URL('https://example.com/x.json')} />;
// @ts-expect-error: a load event's detail is a comparison, not a number
export const badHandler = <nice-pick onLoad={(event) => event.detail satisfies number} />;
// @ts-expect-error: on:load gets the same typed event
export const badOnLoad = <nice-pick on:load={(event) => event.detail satisfies number} />;
// @ts-expect-error: an error's kind is a string, not a number
export const badErrorHandler = <nice-pick onError={(event) => event.detail.kind satisfies number} />;
