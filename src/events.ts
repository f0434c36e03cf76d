// The element's events, shaped like the platform's own: `load` and `error`, as <img> fires them.
import type { CheckedComparison } from './comparison.js';

/** Why a comparison could not be shown: the `detail` of the `error` event. */
export interface NicePickErrorDetail {
  /**
   * `network`: the request failed; `timeout`: no answer in time (the `timeout` attribute);
   * `http`: the server answered with an error status; `type`: the answer is not JSON (its
   * Content-Type); `size`: the answer is larger than 1 MB; `parse`: the text is not JSON;
   * `invalid`: the JSON is not a valid comparison.
   */
  kind: 'network' | 'timeout' | 'http' | 'type' | 'size' | 'parse' | 'invalid';
  /** What went wrong, in plain words, as the card shows it. */
  message: string;
  /** The URL requested, for comparisons loaded with `src`. */
  url?: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
  /** For `invalid`: every problem, as `path: what was expected`. */
  problems?: string[];
}

/** Fired after the card rendered new data; `detail` is the comparison as shown. */
export type NicePickLoadEvent = CustomEvent<CheckedComparison>;

/**
 * Fired when the card shows an error. It is an `ErrorEvent` (so `message` works as for any
 * `error` event) with a `detail` that says what kind of failure it was.
 */
export type NicePickErrorEvent = ErrorEvent & { readonly detail: NicePickErrorDetail };

/** The element's own events, by name: every framework's typing of `<nice-pick>` is made from this. */
export interface NicePickEvents {
  load: NicePickLoadEvent;
  error: NicePickErrorEvent;
}

/** The events of `<nice-pick>`, for typed `addEventListener` calls. */
export interface NicePickEventMap extends Omit<HTMLElementEventMap, keyof NicePickEvents>, NicePickEvents {}

// Neither event bubbles, like <img>'s: a card's error must not look like a page error to
// scripts that listen for `error` on window.
export const loadEvent = (comparison: CheckedComparison): NicePickLoadEvent =>
  new CustomEvent('load', { detail: comparison });

export const errorEvent = (detail: NicePickErrorDetail): NicePickErrorEvent =>
  Object.assign(new ErrorEvent('error', { message: detail.message }), { detail });
