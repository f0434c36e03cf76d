// The structured-data attribute's JSON-LD block (writeStructuredData in src/structured-data.ts)
// against hostile data and a page with a strict Content-Security-Policy.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { visit } from './csp-page.js';

const breakout = '</script><img src=x onerror="window.__nicePickLdPwned=1"><script>';
const hostile = {
  options: [
    { name: 'A', pros: [breakout, '<!--<script>'], cons: ['</SCRIPT >', 'a\u2028b'] },
    { name: `B ${breakout}`, pros: ['ok', 'fine'], cons: [] },
  ],
};

describe('structured data: the JSON-LD block', function () {
  this.timeout(30000);

  // In the live DOM the script's text is text, but HTML made from the page (a prerenderer, a "save
  // page", outerHTML/getHTML) would end the script at the first "</script" in the data and parse
  // the rest as markup. So the element writes "<" as \u003c, as the server's renderComparison does
  // (scriptSafeJson in src/server.ts).
  it('survives serialization: the page as HTML, parsed again, has the same one block and nothing else', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('nice-pick') as NicePick;
    el.structuredData = true;
    el.data = hostile as never;
    wrapper.append(el);
    await el.updateComplete;
    const live = el.querySelector('script[type="application/ld+json"]')!.textContent!;
    expect(JSON.stringify(JSON.parse(live)['@graph'].map((p: { name: string }) => p.name))).to.equal(JSON.stringify(['A', `B ${breakout}`]));

    const again = new DOMParser().parseFromString(`<body>${wrapper.innerHTML}</body>`, 'text/html');
    const host = again.querySelector('nice-pick');
    const children = [...(host?.children ?? [])].map((c) => `<${c.localName} type=${c.getAttribute('type')}>`);
    expect(children.join(' '), 'the host holds one ld+json script, and nothing else').to.equal('<script type=application/ld+json>');
    expect(host!.querySelector('script')!.textContent === live, 'its text is the live text').to.be.true;
    expect(again.querySelectorAll('img').length, 'no element made from the data').to.equal(0);
  });

  // Writing a script's text is a Trusted Types sink ("HTMLScriptElement text"), even for a data
  // block, in every engine: the element writes it through its own policy, "nice-pick".
  it('adds no CSP violation on the strict page that allows the "nice-pick" policy', async () => {
    const result = await visit('structured=1&policy=nice-pick');
    expect(result.policy).to.contain('trusted-types lit-html nice-pick');
    expect(result.states.structured, 'the card shows').to.equal('card');
    expect((result.structuredData ?? '').length, 'the block is there').to.be.above(100);
    expect(result.violations.join('\n'), 'CSP violations').to.equal('');
  });

  it('on the strict page that does not allow it: the card shows, with no block; the report names the policy', async () => {
    const result = await visit('structured=1');
    expect(result.states.structured, 'the card shows').to.equal('card');
    expect(result.structuredData, 'no block').to.equal(null);
    expect(result.violations.length, result.violations.join('\n')).to.equal(1);
    expect(result.violations[0]).to.match(/^trusted-types .*nice-pick/);
  });

  // A server-rendered card with its JSON-LD (renderComparison, structuredData: true): the block is
  // the parser's, so no sink, and the element reuses it. It must not write the same text again:
  // Firefox reports any write there without the policy (Chromium and WebKit only a write that
  // changes the text, which the element and the server, escaping "<" alike, never make).
  it("keeps a server-rendered block without a violation (style-src allows the server's <style> by hash)", async () => {
    const result = await visit('ssr=ld&policy=ssr-hash');
    expect(result.states.ssr, 'the server-rendered card is taken over').to.equal('card');
    expect(result.serverStructuredData ?? '', "the server's JSON-LD block").to.match(/^\{"@context":"https:\/\/schema\.org"/);
    expect(result.violations.join('\n'), 'CSP violations').to.equal('');
  });
});
