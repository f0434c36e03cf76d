// NicePick.define(): the one way to register, for the package's own entry and for apps that pick
// their own tag name.
import { expect, fixture, html } from '@open-wc/testing';
import { NicePick } from '../src/index.js';

const comparison = {
  options: [
    { name: 'Tabs', pros: ['Each reader picks the width'], cons: [] },
    { name: 'Spaces', pros: [], cons: ['Fixed width for everyone'] },
  ],
};

describe('NicePick.define', () => {
  it('the package entry registered <nice-pick> as NicePick itself', () => {
    expect(customElements.get('nice-pick')).to.equal(NicePick);
  });

  it('leaves a taken name alone and returns what is registered there', () => {
    class Impostor extends HTMLElement {}
    customElements.define('taken-pick', Impostor);
    expect(NicePick.define('taken-pick')).to.equal(Impostor);
    expect(NicePick.define()).to.equal(NicePick);
  });

  it('registers a working card under another name (a subclass, since one class registers once)', async () => {
    const defined = NicePick.define('my-pick');
    expect(defined).to.equal(customElements.get('my-pick'));
    expect(defined).not.to.equal(NicePick);
    const el = await fixture<NicePick>(html`<my-pick .data=${comparison}></my-pick>`);
    expect(el).to.be.instanceOf(NicePick);
    expect(el.shadowRoot!.querySelector('[part=title]')?.textContent).to.equal('Tabs vs Spaces');
  });

  it('has its version; another version already under the name logs one warning and stays', () => {
    expect(NicePick.version).to.match(/^\d+\.\d+\.\d+/);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Older extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('older-pick', Older);
      expect(NicePick.define('older-pick')).to.equal(Older);
      expect(warnings.map((args) => args.join(' '))).to.deep.equal([
        `<older-pick>: version ${NicePick.version} is not registered: version 0.0.1 came first and stays.`,
      ]);
      // The same version again (a second copy of the same script) is no news: no warning.
      warnings.length = 0;
      class Same extends HTMLElement {
        static version = NicePick.version;
      }
      customElements.define('same-pick', Same);
      expect(NicePick.define('same-pick')).to.equal(Same);
      expect(NicePick.define()).to.equal(NicePick);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
