// Type-level tests for Vue 3 (src/vue.d.ts), checked by integrations/test/types.test.ts: the type Volar
// and vue-tsc give `<nice-pick>` in templates is GlobalComponents['nice-pick'].
// Each @ts-expect-error line fails the type check if the mistake it shows were accepted.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/vue.js';
import type { Comparison, NicePick } from '../../src/index.js';

type Instance = InstanceType<GlobalComponents['nice-pick']>;
type Props = Instance['$props'];

declare const comparison: Comparison;
declare const instance: Instance;

// <nice-pick :data="comparison" theme="dark" class="card" @load="…" @error="…">
export const props: Props = {
  data: comparison,
  theme: 'dark',
  class: 'card',
  key: 'pick',
  onLoad: (event) => {
    const title: string = event.detail.title;
    return title;
  },
  onError: (event) => {
    const kind: 'network' | 'timeout' | 'http' | 'type' | 'size' | 'parse' | 'invalid' = event.detail.kind;
    const message: string = event.message;
    return [kind, message];
  },
};
export const bySrc: Props = { src: '/comparisons/gpu-vs-tpu.json', theme: 'auto' };
export const element: NicePick = instance; // a template ref is the element
instance.$emit('load', new CustomEvent('load', { detail: comparison as never }));

// @ts-expect-error: theme is auto, light or dark
export const badTheme: Props = { theme: 'blue' };
// @ts-expect-error: data is a comparison object, not a number
export const badData: Props = { data: 42 };
// @ts-expect-error: an option needs pros and cons
export const badShape: Props = { data: { options: [{ name: 'A' }, { name: 'B' }] } };
// @ts-expect-error: a load event's detail is a comparison, not a number
export const badHandler: Props = { onLoad: (event) => event.detail satisfies number };
// @ts-expect-error: an error's kind is a string, not a number
export const badErrorHandler: Props = { onError: (event) => event.detail.kind satisfies number };
// @ts-expect-error: the card fires load and error only
instance.$emit('loaded', new Event('loaded'));
