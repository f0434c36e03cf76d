// This copy's version: two copies of the card on one page compare it (NicePick.define).
// `npm version` rewrites it (scripts/version.mjs); test/node/package.test.ts keeps it in step.
export const version = '0.1.0';
