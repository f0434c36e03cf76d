// Helpers for the heading-outline tests (test/headings.test.ts, test/visual/outline.test.ts).
import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { loadFixture } from './fixtures.js';

/** Every heading of the card as "level text", in document order, from role and aria-level. */
export const outline = (el: NicePick): string[] =>
  [...el.shadowRoot!.querySelectorAll('[role=heading]')].map(
    (h) => `${h.getAttribute('aria-level')} ${h.textContent!.replace(/🧊/g, '').replace(/\s+/g, ' ').trim()}`,
  );

/** The outline the gpu-vs-tpu fixture should have with its title at `level`. */
export const expected = (level: number) => [
  `${level} GPU Training vs TPU Training`,
  `${level + 1} GPU Training`,
  `${level + 2} Pros`,
  `${level + 2} Cons`,
  `${level + 1} TPU Training`,
  `${level + 2} Pros`,
  `${level + 2} Cons`,
  `${level + 1} The Verdict`,
  `${level + 1} The Bottom Line`,
];

export async function card(attribute?: string): Promise<NicePick> {
  const el = document.createElement('nice-pick');
  if (attribute !== undefined) el.setAttribute('heading-level', attribute);
  el.data = await loadFixture('gpu-vs-tpu.json');
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}
