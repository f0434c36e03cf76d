/** @jsxImportSource preact */
// Type-level tests for Preact (src/preact.d.ts), checked by integrations/test/types.test.ts.
// Each @ts-expect-error line fails the type check if the mistake it shows were accepted.
import { createRef, type RefObject } from 'preact';
import type {} from '../../src/preact.js';
import type { Comparison, NicePick, NicePickErrorEvent, NicePickLoadEvent } from '../../src/index.js';

declare const comparison: Comparison;

export function Card() {
  const ref = createRef<NicePick>();
  return (
    <nice-pick
      ref={ref}
      data={comparison}
      theme="dark"
      class="card"
      id="pick"
      style={{ maxWidth: '40rem' }}
      onLoad={(event) => {
        const title: string = event.detail.title;
        const ids: string[] = event.detail.options.map((option) => option.id);
        return [title, ids];
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
export const lowerCase = (onLoad: (e: NicePickLoadEvent) => void, onError: (e: NicePickErrorEvent) => void) => (
  <nice-pick data={comparison} onload={onLoad} onerror={onError} />
);

// @ts-expect-error: theme is auto, light or dark
export const badTheme = <nice-pick data={comparison} theme="blue" />;
// @ts-expect-error: data is a comparison object, not a number
export const badData = <nice-pick data={42} />;
// @ts-expect-error: an option needs pros and cons
export const badShape = <nice-pick data={{ options: [{ name: 'A' }, { name: 'B' }] }} />;
// @ts-expect-error: Preact writes '' for null, which the card reports as invalid: render no card
export const nullData = <nice-pick data={null} />;
// @ts-expect-error: src is a URL string
export const badSrc = <nice-pick src={new URL('https://example.com/x.json')} />;
// @ts-expect-error: a load event's detail is a comparison, not a number
export const badHandler = <nice-pick onLoad={(event) => event.detail satisfies number} />;
// @ts-expect-error: an error's kind is a string, not a number
export const badErrorHandler = <nice-pick onError={(event) => event.detail.kind satisfies number} />;
// @ts-expect-error: the ref is a NicePick, not an <img>
export const badRef = (ref: RefObject<HTMLImageElement>) => <nice-pick ref={ref} />;
