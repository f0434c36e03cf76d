// site/src/share.ts in Node (whose CompressionStream is zlib's) against node:zlib, the library
// `nice-pick link` uses: each side reads what the other writes, for any text (fast-check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { decodeComparison, encodeComparison, fromBase64url, toBase64url } from '../../src/share.js';

const comparison = (title: string) => JSON.stringify({ title, options: [{ name: 'A', pros: [title], cons: [] }, { name: 'B', pros: [], cons: [] }] });

test('base64url matches Node\'s for any bytes, and reads back', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = toBase64url(bytes);
      assert.equal(text, Buffer.from(bytes).toString('base64url'));
      assert.deepEqual(fromBase64url(text), bytes);
    }),
  );
});

test('encodeComparison writes raw deflate that zlib reads; decodeComparison reads what zlib writes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1 }), async (title) => {
      const json = comparison(title);
      assert.equal(inflateRawSync(Buffer.from(await encodeComparison(json), 'base64url')).toString('utf8'), json);
      const decoded = await decodeComparison(`#c=${deflateRawSync(Buffer.from(json)).toString('base64url')}`);
      assert.ok(decoded.ok, JSON.stringify(decoded));
      assert.equal(decoded.text, json);
    }),
    { numRuns: 50 },
  );
});

test('the size cap holds for a zip bomb: 64 MB of spaces in a 64 KB link', async () => {
  const bomb = deflateRawSync(Buffer.alloc(64 << 20, 32), { level: 9 }).toString('base64url');
  assert.ok(bomb.length < 100_000);
  const decoded = await decodeComparison(`#c=${bomb}`);
  assert.equal(decoded.ok, false);
  assert.match((decoded as { message: string }).message, /larger than 1 MB once decompressed/);
});
