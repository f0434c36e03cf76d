// Load: fetch a comparison's JSON. It knows nothing of the data format or the card.
// Failures are thrown as the `error` event's detail, ready to show.
import type { NicePickErrorDetail } from './events.js';

/** The largest answer read, in bytes, counted as it streams in (Content-Length may be absent). */
const maxSize = 1 << 20;

/** Parses JSON text; `where` names its source in the error message. */
export const parseJson = (text: string, where: string, url?: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw { kind: 'parse', message: `${where} is not valid JSON (${(e as Error).message}).`, url } satisfies NicePickErrorDetail;
  }
};

interface Shared {
  /** The JSON, or the failure. */
  answer: Promise<unknown>;
  /** Aborts the one request. */
  abort: AbortController;
  /** Cards waiting for it; when the last one stops waiting before the answer, it is aborted. */
  waiting: number;
  done?: boolean;
}

/** One request per URL (and credentials mode) for the page's lifetime; failures are forgotten. */
const requests = new Map<string, Shared>();

/** Forgets the answer for `url`, so the next load asks the server again (`reload()`). */
export const forget = (url: string): void => {
  for (const key of requests.keys()) if (key.endsWith(` ${new URL(url, document.baseURI).href}`)) requests.delete(key);
};

async function request(url: string, abort: AbortController, credentials: RequestCredentials, timeout: number): Promise<unknown> {
  const fail = (kind: NicePickErrorDetail['kind'], what: string, status?: number): never => {
    throw { kind, message: `Could not load ${url}: ${what}.`, url, status } satisfies NicePickErrorDetail;
  };
  let response: Response;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  const chunks: Uint8Array[] = [];
  try {
    response = await fetch(url, { signal: abort.signal, credentials });
    if (!response.ok) fail('http', `the server answered ${`${response.status} ${response.statusText}`.trim()}`, response.status);
    // Only JSON is read: a login page or an error page that answers 200 is not a comparison.
    const type = response.headers.get('content-type')?.split(';')[0].trim() ?? '';
    if (!/^application\/([\w.-]+\+)?json$/i.test(type)) fail('type', `expected JSON, got ${type || 'no Content-Type'}`);
    let size = 0;
    for (const reader = response.body!.getReader(); ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if ((size += value.length) > maxSize) {
        void reader.cancel();
        fail('size', `the answer is larger than ${maxSize.toLocaleString('en')} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if ((e as NicePickErrorDetail).kind) throw e;
    if (timedOut) fail('timeout', `no answer within ${timeout / 1000} seconds`);
    fail('network', `the request failed (${(e as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  return parseJson(await new Blob(chunks as BlobPart[]).text(), url, url);
}

/**
 * Fetches `src` (resolved against the page) and parses it as JSON; cards asking for the same URL
 * share one request. Throws a `NicePickErrorDetail` when that fails. When `signal` aborts, this
 * card stops waiting (it throws too, and the caller, which asked for the abort, ignores it), and
 * the request itself is aborted if no other card waits for it.
 */
export async function loadJson(
  src: string,
  signal: AbortSignal,
  credentials: RequestCredentials,
  timeout: number,
): Promise<{ json: unknown; url: string }> {
  let url = src;
  try {
    url = new URL(src, document.baseURI).href;
  } catch (e) {
    throw { kind: 'network', message: `Could not load ${src}: the request failed (${(e as Error).message}).`, url } satisfies NicePickErrorDetail;
  }
  const key = `${credentials} ${url}`;
  let shared = requests.get(key);
  if (!shared) {
    const abort = new AbortController();
    const answer = request(url, abort, credentials, timeout);
    const entry: Shared = (shared = { answer, abort, waiting: 0 });
    requests.set(key, entry);
    answer.then(
      () => (entry.done = true),
      () => requests.get(key) == entry && requests.delete(key),
    );
  }
  const entry = shared;
  entry.waiting++;
  const stopped = new Promise<never>((_, reject) =>
    signal.addEventListener(
      'abort',
      () => {
        if (!--entry.waiting && !entry.done) {
          entry.abort.abort();
          requests.delete(key);
        }
        reject(signal.reason);
      },
      { once: true },
    ),
  );
  stopped.catch(() => {}); // Aborted after the answer came: nobody listens any more.
  return { json: await Promise.race([entry.answer, stopped]), url };
}
