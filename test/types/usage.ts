// Type-level tests, checked by `tsc --noEmit` in `npm test`: what users' code may and may not do.
// Each @ts-expect-error line fails the type check if the mistake it shows were accepted.
import { NicePick, checkComparison, type Comparison } from '../../src/index.js';

const card = document.createElement('nice-pick');
export const isNicePick: NicePick = card; // HTMLElementTagNameMap knows the tag

card.addEventListener('load', (event) => {
  const title: string = event.detail.title;
  const ids: string[] = event.detail.options.map((option) => option.id);
  return [title, ids];
});
card.addEventListener('error', (event) => {
  const kind: 'network' | 'timeout' | 'http' | 'type' | 'size' | 'parse' | 'invalid' = event.detail.kind;
  const message: string = event.message; // it is an ErrorEvent
  const problems: string[] | undefined = event.detail.problems;
  return [kind, message, problems];
});
// @ts-expect-error: an error's kind is a string, not a number
card.addEventListener('error', (event) => event.detail.kind satisfies number);

// Other elements' load events keep their own type: we do not retype the global event map.
// @ts-expect-error: an <img>'s load event has no detail
document.createElement('img').addEventListener('load', (event) => event.detail);

const comparison: Comparison = {
  options: [
    { name: 'A', pros: ['fast'], cons: [] },
    { name: 'B', pros: [], cons: ['slow'], related: ['x', { label: 'y', url: 'https://example.com' }] },
  ],
  pick: 'a',
  verdict: { text: ['One.', 'Two.'] },
};
card.data = comparison;
card.theme = 'dark';
// @ts-expect-error: theme is auto, light or dark
card.theme = 'blue';
// @ts-expect-error: an option needs pros and cons
card.data = { options: [{ name: 'A' }, { name: 'B' }] };

const result = checkComparison(JSON.parse('{}'));
if (!result.ok) result.problems.forEach((problem: string) => problem.length);
