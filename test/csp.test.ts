// A hostile page, one with a strict Content-Security-Policy: the shipped bundle (dist/nice-pick.js)
// shows a card in every state with no violation. The page (test/csp/card-states.html, served
// with the policy as a response header by web-test-runner.config.mjs) runs in an iframe and
// reports every securitypolicyviolation event it sees.
import { expect } from '@open-wc/testing';
import { STRICT, visit, type CspResult } from './csp-page.js';

/** Every card's state and event on the policy page (the page's ids). */
const EXPECTED_STATES = {
  src: 'card',
  data: 'card',
  inline: 'card',
  loading: 'card loading',
  'http-error': 'card error',
  'parse-error': 'card error',
  invalid: 'card error',
  hostile: 'card',
};
const EXPECTED_EVENTS = {
  src: 'load',
  data: 'load',
  inline: 'load',
  'http-error': 'error',
  'parse-error': 'error',
  invalid: 'error',
  hostile: 'load',
};
/** An object's entries in key order, as a string to compare. */
const sorted = (o: Record<string, string>) => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** What every page below must show: each card in its state, its event, nothing run, no style attribute. */
function expectEveryState(result: CspResult, extra: Record<string, string> = {}) {
  expect(result.importError, 'the bundle loads').to.equal(null);
  expect(sorted(result.states), 'the states').to.equal(sorted({ ...EXPECTED_STATES, ...extra }));
  expect(sorted(result.events), 'the events').to.equal(sorted({ ...EXPECTED_EVENTS, ...(extra.ssr && { ssr: 'load' }) }));
  expect(result.pwned, 'nothing from the hostile card ran').to.equal(null);
  expect(result.styleAttributes.join(' '), 'no style attribute on the host or in the card').to.equal('');
}

const engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

describe('a strict Content-Security-Policy', function () {
  this.timeout(30000);

  it('the policy is the issue\'s, sent as a header, and this engine reports what it blocks (the control)', async () => {
    const control = await visit('control=csp');
    expect(control.policy).to.equal(STRICT);
    expect(control.violations.some((v) => v.startsWith('img-src')), `an <img> is reported: ${control.violations.join(' | ')}`).to.be.true;
  });

  it('Trusted Types: enforced where the engine has them (Chromium does); innerHTML with a string is blocked', async () => {
    const control = await visit('control=tt');
    if (engine === 'chromium') expect(control.trustedTypes, 'Chromium has Trusted Types').to.be.true;
    if (control.trustedTypes) {
      expect(control.controlThrew, 'a string into innerHTML throws').to.equal('TypeError');
      expect(control.violations.some((v) => v.startsWith('require-trusted-types-for')), control.violations.join(' | ')).to.be.true;
    } else {
      expect(control.controlThrew, 'without Trusted Types, innerHTML takes a string').to.equal(false);
    }
  });

  it('every state (src, data, inline JSON, loading, HTTP, parse and data errors, hostile data) with zero violations', async () => {
    const result = await visit();
    expect(result.violations.join('\n'), 'CSP violations').to.equal('');
    expectEveryState(result);
  });

  it("a server-rendered card's <style> needs allowing: blocked under style-src 'self' (the element then styles it), allowed by its sha256 hash", async () => {
    const strict = await visit('ssr=1');
    expect(strict.violations.length, strict.violations.join(' | ')).to.equal(1);
    expect(strict.violations[0], 'the inline <style> of the declarative shadow root').to.match(/^style-src-elem blocked inline /);
    expectEveryState(strict, { ssr: 'card' });
    const hashed = await visit('ssr=1&policy=ssr-hash');
    expect(hashed.policy).to.match(/style-src 'self' 'sha256-[\w+/]+=*'/);
    expect(hashed.violations.join('\n'), 'CSP violations with the hash allowed').to.equal('');
    expectEveryState(hashed, { ssr: 'card' });
  });

  it("a host that already loads Lit: with `trusted-types lit-html` the bundle's own Lit cannot make its policy (no card at all); 'allow-duplicates' fixes it", async () => {
    const strict = await visit('lit=host');
    expect(strict.importError ?? '', 'the bundle fails to load').to.match(/^dist\/nice-pick\.js: TypeError: .*lit-html/);
    expect(strict.violations.join(' | ')).to.match(/^trusted-types blocked trusted-types-policy sample "lit-html"/);
    expect(Object.values(strict.states).every((state) => state === 'nothing'), 'no card is shown').to.be.true;
    const duplicates = await visit('lit=host&policy=duplicates');
    expect(duplicates.policy).to.contain("trusted-types lit-html 'allow-duplicates'");
    expect(duplicates.violations.join('\n'), 'CSP violations').to.equal('');
    expectEveryState(duplicates);
  });
});
