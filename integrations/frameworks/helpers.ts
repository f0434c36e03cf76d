// What the framework proofs (React, Vue, Svelte, Angular, Preact, Solid) read from the card, and how they catch errors.
import { expect } from '@open-wc/testing';
import type { NicePick } from '../../src/index.js';

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const part = (el: NicePick, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
export const names = (el: NicePick) => [...el.shadowRoot!.querySelectorAll('[part~="option-name"]')].map(text);

/**
 * Page errors and console.error calls while a test runs (frameworks report their problems
 * there), and console.warn lines that contain `warnMarker` (Vue's "[Vue warn]", Angular's "NG0"); other warnings
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

/**
 * What every framework proof checks once the first `load` arrived: the framework set `data` as
 * the property (no attribute), `theme` reached the card, the card shows the comparison, and the
 * handler got the checked comparison (ids filled in).
 */
export function expectCardFromFramework(
  card: NicePick,
  json: { title: string; options: { name: string }[] },
  loaded: { title: string; options: { id: string }[] },
) {
  expect(card.data, 'set as the data property').to.equal(json);
  expect(card.hasAttribute('data'), 'no data attribute').to.equal(false);
  expect(card.theme).to.equal('dark');
  expect(card.getAttribute('theme')).to.equal('dark');
  expect(text(part(card, 'title'))).to.equal(json.title);
  expect(names(card)).to.deep.equal(json.options.map((o) => o.name));
  expect(loaded.title).to.equal(json.title);
  expect(loaded.options.every((o) => typeof o.id === 'string' && o.id.length > 0), 'ids filled').to.equal(true);
}

/** Runs `act` with console.warn silent: the card warns once about invalid data, by design. */
export async function quietly(act: () => Promise<unknown>): Promise<void> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    await act();
  } finally {
    console.warn = warn;
  }
}

/** The `error` event's detail for a comparison the card refused: kind `invalid`, with its problems. */
export function expectInvalid(failure: { kind: string; problems?: string[] }) {
  expect(failure.kind).to.equal('invalid');
  expect(failure.problems?.length, 'problems listed').to.be.greaterThan(0);
}
