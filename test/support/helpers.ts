// What the browser tests read from a card and wait for, in one place: the element's tests here
// and the framework proofs in integrations/ import these instead of keeping copies.
import type { CheckedComparison } from '../../src/index.js';

type Json = Record<string, unknown>;

/** White space folded to one space, trimmed: text as a reader sees it. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** A node's text content, white space folded. */
export const text = (node: Node | null | undefined): string => norm(node?.textContent);

/** The card's shadow root. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first element in the card with `name` among its parts, or null. */
export const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every element in the card with `name` among its parts. */
export const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** The options' names as shown. */
export const names = (el: Element) => parts(el, 'option-name').map(text);

/** An element's text without its aria-hidden decorations (markers, the 🧊), white space folded. */
export const ownText = (el: Element): string => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return norm(copy.textContent);
};

/** Resolves with the next `load` or `error` event of `el`, whichever comes first; rejects after `ms`. */
export function nextEvent(el: Element, ms = 5000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      el.removeEventListener('load', done);
      el.removeEventListener('error', done);
    };
    const done = (event: Event) => {
      stop();
      resolve(event);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no load or error event within ${ms} ms`));
    }, ms);
    el.addEventListener('load', done);
    el.addEventListener('error', done);
  });
}

/** Resolves with the next `load` event of `el`; rejects with the message if an `error` comes first. */
export async function nextLoad(el: Element, ms = 5000): Promise<CustomEvent<CheckedComparison>> {
  const event = await nextEvent(el, ms);
  if (event.type !== 'load') throw new Error(`expected a load event, got ${event.type}: ${(event as ErrorEvent).message}`);
  return event as CustomEvent<CheckedComparison>;
}

/** Every `load` and `error` event of `el`, by type, from now on. */
export function record(el: Element): string[] {
  const events: string[] = [];
  el.addEventListener('load', () => events.push('load'));
  el.addEventListener('error', () => events.push('error'));
  return events;
}

/**
 * renderComparison's HTML, made in Node by the test server (test/support/server.mjs), for a
 * fixture (by file name) or a comparison, with the endpoint's query options.
 */
export async function serverHtml(source: string | Json, query = ''): Promise<string> {
  const url = `/__test__/server-html?${typeof source == 'string' ? `file=${source}&` : ''}${query}`;
  const response = await fetch(url, typeof source == 'string' ? {} : { method: 'POST', body: JSON.stringify(source) });
  const body = await response.text();
  if (!response.ok) throw new Error(`server-html ${response.status}: ${body}`);
  return body;
}

// The server's held answers (test/support/server.mjs, hold/ release/ watch/): a test picks the
// order answers come in and sees whether a request was closed by the page. Through the page's
// own fetch as it was when this module loaded, so a test's wrapped fetch does not count these.
const pageFetch = globalThis.fetch?.bind(globalThis); // this module is imported in Node too

/** A request ID no other test (or run of this one) uses. */
export const requestId = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A URL whose answer (fixtures/`file`) waits until `release(id)`; the server watches it as `id`. */
export const held = (id: string, file = 'gpu-vs-tpu.json') => `/__test__/hold/${id}?file=${file}&watch=${id}`;

/** Lets the held request `id` answer (now, or as soon as it arrives). */
export const release = async (id: string) => void (await pageFetch(`/__test__/release/${id}`));

/**
 * What the server saw of the watched request `id`: `until` "open" waits for it to arrive, "ended"
 * for its end (at most 5 s each). `state` is "closed" when the page closed it before the end (an
 * abort, a cancelled read), "done" when the page got it all.
 */
export const watched = async (id: string, until: 'open' | 'ended') =>
  (await (await pageFetch(`/__test__/watch/${id}?until=${until}`)).json()) as { state: 'none' | 'open' | 'closed' | 'done' };

/**
 * A new task: every microtask queued before it has run (mutation observers, the element's updates
 * and the `load` or `error` events they fire). What "nothing happened" waits for when nothing
 * outside the page (no request, no resource) is involved; not a sleep.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The next frame's requestAnimationFrame callbacks, then a task: the page has rendered and anything queued then has run. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves once an `<img>` with `src` has failed to load in this page (its `error` event): a
 * hostile `<img src=x onerror=…>` in a card, were it ever made an element, would have failed and
 * run by then too. The proof that markup did not run, with no sleep.
 */
export function imageFailed(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onerror = () => resolve();
    img.onload = () => reject(new Error(`${src} loaded: it cannot stand for a failing image`));
    img.src = src;
  });
}
