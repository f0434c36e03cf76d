// The share link's format, a public contract: `#c=` followed by base64url (RFC 4648 §5, no
// padding) of the deflate-raw (RFC 1951) compression of the comparison's UTF-8 JSON text.
// `nice-pick link` (bin/nice-pick.mjs) writes the same bytes with node:zlib; the viewer
// (site/embed/) and the studio read them here, with the browser's own (De)CompressionStream.
import { checkComparison } from '../../src/check.js';

/** What a link may decompress to at most: a zip bomb stops here instead of hanging the page. */
export const MAX_DECOMPRESSED_BYTES = 1024 * 1024;

/** What comes before the data in a link's fragment. */
export const PREFIX = 'c=';

export type Decoded =
  /** `text`: the JSON text as written; `data`: it parsed (what the element's `data` takes) */
  | { ok: true; text: string; data: unknown; warnings: string[] }
  | { ok: false; message: string };

const makeOne = 'make a new link with the studio or with the command nice-pick link FILE.';
const MAKE_ONE = makeOne.charAt(0).toUpperCase() + makeOne.slice(1);

/** Bytes as base64url without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (no padding) as bytes, or a message saying what is wrong. */
export function fromBase64url(text: string): Uint8Array | string {
  const bad = /[^A-Za-z0-9_-]/.exec(text);
  if (bad) {
    const shown = JSON.stringify(bad[0]);
    return `The link is damaged: after #c= only letters, digits, "-" and "_" may appear, but character ${bad.index + 1} is ${shown}. Copy the whole link again (a mail or chat program may have changed it), or ${makeOne}`;
  }
  if (text.length % 4 === 1) {
    return `The link is cut short or damaged: ${text.length} characters after #c= cannot be base64url data. Copy the whole link again, or ${makeOne}`;
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The part of a share link after `#c=` for a comparison's JSON text (not checked here). */
export async function encodeComparison(jsonText: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(jsonText)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Inflates `bytes`, stopping past `max` bytes: the bytes, 'too big', or 'corrupt'. */
async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array | 'too big' | 'corrupt'> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        void reader.cancel().catch(() => {});
        return 'too big';
      }
      chunks.push(value);
    }
  } catch {
    return 'corrupt';
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Reads a share link's fragment (`location.hash`: "#c=…", or the same without "#"): the
 * comparison's JSON text and the checked comparison, or a message that says what is wrong and
 * how to fix it.
 */
export async function decodeComparison(hash: string, { maxBytes = MAX_DECOMPRESSED_BYTES } = {}): Promise<Decoded> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) {
    return {
      ok: false,
      message: fragment
        ? `This link holds no comparison: its address should end in #c= and the comparison's data, not #${fragment.slice(0, 40)}${fragment.length > 40 ? '…' : ''}. ${MAKE_ONE}`
        : `This link holds no comparison: its address should end in #c= and the comparison's data. ${MAKE_ONE}`,
    };
  }
  const data = fragment.slice(PREFIX.length);
  if (!data) return { ok: false, message: `This link holds no comparison: nothing follows #c=. ${MAKE_ONE}` };
  const bytes = fromBase64url(data);
  if (typeof bytes === 'string') return { ok: false, message: bytes };
  const inflated = await inflate(bytes, maxBytes);
  if (inflated === 'corrupt') {
    return {
      ok: false,
      message: `The link is damaged: its data does not decompress (deflate-raw), perhaps because the link was cut short. Copy the whole link again, or ${makeOne}`,
    };
  }
  if (inflated === 'too big') {
    const mb = maxBytes / (1024 * 1024);
    return {
      ok: false,
      message: `The comparison in this link is larger than ${mb >= 1 ? `${mb} MB` : `${maxBytes} bytes`} once decompressed, more than a link may hold. Shorten the comparison, or host its JSON file and show it with <nice-pick src="…">.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(inflated);
  } catch {
    return { ok: false, message: `The link's data is not UTF-8 text, so it cannot be a comparison's JSON. ${MAKE_ONE}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `The link's data is not valid JSON (${(error as Error).message}). Check the file with the command nice-pick validate FILE, then make a new link.`,
    };
  }
  const checked = checkComparison(value);
  if (!checked.ok) {
    const shown = checked.problems.slice(0, 5);
    const more = checked.problems.length - shown.length;
    return {
      ok: false,
      message: `The link's JSON is not a valid comparison: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Fix the file (the command nice-pick validate FILE lists every problem), then make a new link.`,
    };
  }
  return { ok: true, text, data: value, warnings: checked.warnings };
}
