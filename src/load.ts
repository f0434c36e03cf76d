// Load: fetch a comparison's JSON. It knows nothing of the data format or the card.
import type { NicePickErrorDetail } from './events.js';

export type Loaded = { ok: true; json: unknown; url?: string } | { ok: false; error: NicePickErrorDetail };

/** Parses JSON text; `where` names its source in the error message. */
export const parseJson = (text: string, where: string): Loaded => {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: { kind: 'parse', message: `${where} is not valid JSON (${(e as Error).message}).` } };
  }
};

/**
 * Fetches `src` (resolved against the page) and parses it as JSON. Resolves to an error detail
 * instead of throwing, except when `signal` aborts: then it rejects, and the caller, which asked
 * for the abort, ignores it.
 */
export async function loadJson(src: string, signal: AbortSignal): Promise<Loaded> {
  let url = src;
  const fail = (kind: NicePickErrorDetail['kind'], message: string, status?: number): Loaded => ({
    ok: false,
    error: { kind, message, url, status },
  });
  let text: string;
  try {
    url = new URL(src, document.baseURI).href;
    const response = await fetch(url, { signal });
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      return fail('http', `Could not load ${url}: the server answered ${status}.`, response.status);
    }
    text = await response.text();
  } catch (e) {
    if (signal.aborted) throw e;
    return fail('network', `Could not load ${url}: the request failed (${(e as Error).message}).`);
  }
  const parsed = parseJson(text, url);
  return parsed.ok ? { ...parsed, url } : { ok: false, error: { ...parsed.error, url } };
}
