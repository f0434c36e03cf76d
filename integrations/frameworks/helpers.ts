// What the framework proofs (React, Vue, Svelte, Angular, Preact, Solid) read from the card, and how they catch errors.
import { expect } from '@open-wc/testing';
import type { NicePick } from '../../src/index.js';

import { names, part, text } from '../../test/support/helpers.js';

export { names, part, text };

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

/**
 * A test's page: before each test a fresh `host` (a `tag` element in the body) and `errors`
 * watched (see watchErrors); after it, `cleanup` (unmount, dispose… pushed by the test) in
 * reverse, then the host goes, and no error or framework warning may have come meanwhile. Use
 * inside a `describe`.
 */
export function usePage(warnMarker?: string, tag = 'div') {
  const page = {
    host: undefined as unknown as HTMLElement,
    errors: undefined as unknown as ReturnType<typeof watchErrors>,
    cleanup: [] as (() => unknown)[],
  };
  beforeEach(() => {
    page.errors = watchErrors(warnMarker);
    page.host = document.createElement(tag);
    document.body.append(page.host);
  });
  afterEach(async function () {
    for (const step of page.cleanup.splice(0).reverse()) await step();
    page.errors.stop();
    page.host.remove();
    // what unmounting said (a test that failed has said enough)
    if (this.currentTest?.state === 'passed') expect(page.errors.seen, 'errors or warnings while unmounting').to.deep.equal([]);
  });
  return page;
}

/**
 * Instead of waiting a while for late errors: the card has nothing pending (its update, and the
 * event it dispatches at the end of one, are done).
 */
export const settled = async (card: Element) => {
  await (card as NicePick).updateComplete;
};
