// The public face of <nice-pick> as types, derived from the class: one framework-neutral source
// for the typings of nice-pick/react, /preact, /solid, /vue and /svelte, so a property, attribute
// or event the element gains is typed in every framework the moment it is declared. Types only.
import type { NicePickEvents } from './events.js';
import type { NicePick } from './nice-pick.js';
import type { ReactiveElement } from './reactive.js';

type Own = Exclude<keyof NicePick, keyof ReactiveElement>;

/** The names of the public properties: own, not a method, not `_`-prefixed (internal). */
export type NicePickPropertyName = {
  [K in Own]: K extends `_${string}` ? never : NicePick[K] extends (...args: never[]) => unknown ? never : K;
}[Own];

/** The public properties, every one optional: `data`, `src`, `theme`, `headingLevel`, `labels`… */
export type NicePickProperties = { [K in NicePickPropertyName]?: NicePick[K] };

/** `headingLevel` → `heading-level`: the element declares each attribute as its property in kebab case. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : '';

/** Object-valued properties (`data`, `labels`) have no attribute; strings, numbers and booleans do. */
type WithAttribute = {
  [K in NicePickPropertyName]: NonNullable<NicePick[K]> extends string | number | boolean ? K : never;
}[NicePickPropertyName];

/** An attribute's value in markup: the property's type, and for a number its text as well (`"3"`). */
export type AttributeValue<T> = T extends number ? T | `${T}` : T;

/** The attributes, by their names in HTML: `src`, `theme`, `heading-level`, `structured-data`… */
export type NicePickAttributes = {
  [K in WithAttribute as KebabCase<K>]?: AttributeValue<NicePick[K]>;
};

/** Properties and attributes together: what a framework may set on `<nice-pick>` by name. */
export type NicePickProps = NicePickProperties & NicePickAttributes;

/** The element's own events by name, `load` and `error`, with their event types. */
export type { NicePickEvents };
