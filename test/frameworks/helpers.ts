// What the React and Vue proofs both read from the card, and how they catch errors.
import type { NicePick } from '../../src/index.js';

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const part = (el: NicePick, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
export const names = (el: NicePick) => [...el.shadowRoot!.querySelectorAll('[part~="option-name"]')].map(text);

/**
 * Page errors and console.error calls while a test runs (frameworks report their problems
 * there), and console.warn lines that contain `warnMarker` (Vue's "[Vue warn]"); other warnings
 * are dropped, since the card itself warns once about invalid data, by design.
 */
export function watchErrors(warnMarker?: string) {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`window error: ${event.message}`);
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    seen.push(`console.error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  if (warnMarker) {
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).includes(warnMarker)) seen.push(`warn: ${args.map(String).join(' ')}`);
    };
  }
  window.addEventListener('error', onError);
  return {
    seen,
    stop() {
      Object.assign(console, { error, warn });
      window.removeEventListener('error', onError);
    },
  };
}
