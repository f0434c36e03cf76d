// Load: fetch a comparison's JSON. It knows nothing of the data format or the card.
// Failures are thrown as the `error` event's detail, ready to show.
import type { NicePickErrorDetail } from './events.js';

/** Parses JSON text; `where` names its source in the error message. */
export const parseJson = (text: string, where: string, url?: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw { kind: 'parse', message: `${where} is not valid JSON (${(e as Error).message}).`, url } satisfies NicePickErrorDetail;
  }
};

/**
 * Fetches `src` (resolved against the page) and parses it as JSON. Throws a `NicePickErrorDetail`
 * when that fails, also when `signal` aborts: the caller, which asked for the abort, ignores it.
 */
export async function loadJson(src: string, signal: AbortSignal): Promise<{ json: unknown; url: string }> {
  let url = src;
  const fail = (kind: NicePickErrorDetail['kind'], what: string, status?: number): never => {
    throw { kind, message: `Could not load ${url}: ${what}.`, url, status } satisfies NicePickErrorDetail;
  };
  let response: Response | undefined;
  let text = '';
  try {
    url = new URL(src, document.baseURI).href;
    response = await fetch(url, { signal });
    if (response.ok) text = await response.text();
  } catch (e) {
    fail('network', `the request failed (${(e as Error).message})`);
  }
  if (!response!.ok) fail('http', `the server answered ${`${response!.status} ${response!.statusText}`.trim()}`, response!.status);
  return { json: parseJson(text, url, url), url };
}
