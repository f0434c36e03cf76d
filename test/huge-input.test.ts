// Huge and deep data, one kind of hostile input, in every engine: past the validator's bounds (100
// pros, 100 cons, 20 tags and paragraphs) one problem at once; within them the card shows it whole
// and exact; the time it takes is logged (one line per engine: "huge input: ..."), to watch the
// bounds against. These are sizes that stay quick enough for every test run; the validator's own
// timings with larger inputs are in test/node/validator-properties.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { nextFrame } from './support/helpers.js';

// Never hand a shadow-DOM element to a failing chai assertion: strings and numbers only.

const option = (name: string, pros: number) => ({
  name,
  pros: Array.from({ length: pros }, (_, i) => `Pro ${i}: a sentence of the usual length for a pro`),
  cons: ['A con'],
});

/** Renders `data` in a 900px column and returns the card and the milliseconds to a painted frame. */
async function timed(data: unknown): Promise<{ el: NicePick; ms: number }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement('nice-pick') as NicePick;
  wrapper.append(el);
  await nextFrame();
  const start = performance.now();
  el.data = data as NicePick['data'];
  await el.updateComplete;
  el.shadowRoot!.firstElementChild!.getBoundingClientRect(); // layout
  await nextFrame();
  return { el, ms: Math.round(performance.now() - start) };
}

describe('huge and deep data', function () {
  this.timeout(60000);

  it('10,000 pros: one problem at once; 100 pros, a 1 MB word, a 100,000-deep unknown field: shown whole, exact, and timed', async () => {
    const times: string[] = [];
    const warn = console.warn;
    console.warn = () => {};
    const tooMany = await timed({ options: [option('Many', 10000), option('Few', 1)] }).finally(() => (console.warn = warn));
    const problems = [...tooMany.el.shadowRoot!.querySelectorAll('[role=alert] li')].map((li) => li.textContent);
    expect(problems).to.deep.equal(['options[0].pros: expected at most 100 items, got 10000']);
    times.push(`10,000 pros refused ${tooMany.ms} ms`);

    const many = await timed({ options: ['A', 'B', 'C', 'D'].map((name) => option(name, 100)) });
    const pros = [...many.el.shadowRoot!.querySelectorAll('[part~=option]:first-child [part=pro]')];
    expect(pros.length, '100 pros shown').to.equal(100);
    expect(pros[99].lastChild!.textContent).to.equal('Pro 99: a sentence of the usual length for a pro');
    times.push(`4 × 100 pros ${many.ms} ms`);

    const word = 'x'.repeat(1 << 20);
    const long = await timed({ title: word, options: [option('A', 1), option('B', 1)] });
    const title = long.el.shadowRoot!.querySelector('[part=title]')!;
    expect(title.textContent === word, 'the 1 MB title, exact').to.be.true;
    const card = long.el.shadowRoot!.querySelector<HTMLElement>('[part~=card]')!;
    expect(card.scrollWidth, 'the word wraps: no sideways scrolling').to.be.at.most(card.clientWidth);
    times.push(`1 MB word ${long.ms} ms`);

    const depth = 100000;
    const deep = JSON.parse(`{"future":${'['.repeat(depth)}${']'.repeat(depth)},"options":[]}`);
    deep.options = [option('A', 1), option('B', 1)];
    const nested = await timed(deep);
    expect(nested.el.shadowRoot!.querySelectorAll('[part~=option]').length, 'the card, unknown field ignored').to.equal(2);
    times.push(`100,000-deep unknown field ${nested.ms} ms`);

    console.log(`huge input: ${times.join(', ')} (${navigator.userAgent.replace(/.*\) /, '')})`);
  });
});
