// The card's headings fit the host page's outline: `heading-level` sets the title's level, option
// names and sections sit one level below it, the pros and cons headings two. Checked as the
// accessibility attributes in every engine (test/visual/outline.test.ts reads Chromium's
// accessibility tree too).
import { expect } from '@open-wc/testing';
import { card, expected, outline } from './outline.js';

describe('headings: heading-level', () => {
  it('by default the title is a level-2 heading, options and sections 3, pros and cons 4', async () => {
    const el = await card();
    expect(el.headingLevel).to.equal(2);
    expect(outline(el)).to.deep.equal(expected(2));
    // Every heading is a real h2/h3/h4 element too.
    const tags = [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.localName);
    expect(tags).to.deep.equal(['h2', 'h3', 'h4', 'h4', 'h3', 'h4', 'h4', 'h3', 'h3']);
    expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length, 'no heading without the role').to.equal(tags.length);
  });

  for (const level of [1, 3, 4]) {
    it(`heading-level="${level}" moves the whole outline`, async () => {
      expect(outline(await card(String(level)))).to.deep.equal(expected(level));
    });
  }

  it('follows a change of the attribute or the property', async () => {
    const el = await card('1');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(el.headingLevel).to.equal(3);
    expect(outline(el)).to.deep.equal(expected(3));
    el.headingLevel = 2;
    await el.updateComplete;
    expect(outline(el)).to.deep.equal(expected(2));
  });

  it('keeps the outline within h1 to h6: above 4 counts as 4, below 1 as 1, not a number as 2', async () => {
    for (const [given, level] of [['6', 4], ['5', 4], ['-1', 1], ['0', 2], ['two', 2], ['', 2]] as const) {
      expect(outline(await card(given))[0], `heading-level="${given}"`).to.equal(`${level} GPU Training vs TPU Training`);
    }
  });

});
