// Type-level tests for React 19 (src/react.d.ts), checked by integrations/test/types.test.ts.
// Each @ts-expect-error line fails the type check if the mistake it shows were accepted.
import { useRef, type RefObject } from 'react';
import type {} from '../../src/react.js';
import type { Comparison, NicePick, NicePickErrorEvent, NicePickLoadEvent } from '../../src/index.js';

declare const comparison: Comparison;

export function Card() {
  const ref = useRef<NicePick>(null);
  return (
    <nice-pick
      ref={ref}
      data={comparison}
      theme="dark"
      className="card"
      id="pick"
      style={{ maxWidth: '40rem' }}
      onload={(event) => {
        const title: string = event.detail.title;
        const ids: string[] = event.detail.options.map((option) => option.id);
        return [title, ids];
      }}
      onerror={(event) => {
        const kind: 'network' | 'timeout' | 'http' | 'type' | 'size' | 'parse' | 'invalid' = event.detail.kind;
        const message: string = event.message;
        return [kind, message];
      }}
    />
  );
}

export const bySrc = <nice-pick src="/comparisons/gpu-vs-tpu.json" theme="auto" />;
export const empty = <nice-pick data={null} />;
export const handlers = (onLoad: (e: NicePickLoadEvent) => void, onError: (e: NicePickErrorEvent) => void) => (
  <nice-pick data={comparison} onload={onLoad} onerror={onError} />
);

// @ts-expect-error: theme is auto, light or dark
export const badTheme = <nice-pick data={comparison} theme="blue" />;
// @ts-expect-error: data is a comparison object, not a number
export const badData = <nice-pick data={42} />;
// @ts-expect-error: an option needs pros and cons
export const badShape = <nice-pick data={{ options: [{ name: 'A' }, { name: 'B' }] }} />;
// @ts-expect-error: src is a URL string
export const badSrc = <nice-pick src={new URL('https://example.com/x.json')} />;
// @ts-expect-error: React's onLoad is a synthetic event that never fires on <nice-pick>: use onload
export const camelLoad = <nice-pick data={comparison} onLoad={() => {}} />;
// @ts-expect-error: React's onError never fires on <nice-pick> either: use onerror
export const camelError = <nice-pick data={comparison} onError={() => {}} />;
// @ts-expect-error: a load event's detail is a comparison, not a number
export const badHandler = <nice-pick onload={(event) => event.detail satisfies number} />;
// @ts-expect-error: the ref is a NicePick, not an <img>
export const badRef = (ref: RefObject<HTMLImageElement>) => <nice-pick ref={ref} />;
