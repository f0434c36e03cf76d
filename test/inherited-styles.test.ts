// Inherited text properties from the page (hostile page CSS). The card resets them (src/styles.ts,
// [part~=card]): a card inherits every inherited property from its host, so without the reset a
// blog's `.entry { text-align: justify; text-indent: 2em }`, a sidebar's `text-transform:
// uppercase; letter-spacing: .1em` or `* { white-space: nowrap }` restyle the card's text and
// move its boxes. The card already resets line-height, colour and list styles; the properties
// below are the rest of what typography CSS commonly sets on containers. Font family and size
// are left out on purpose: the card takes the page's font and scales with its size.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { loadFixture } from './fixtures.js';

// Never hand a shadow-DOM element to a failing chai assertion: strings only.

const INHERITED = {
  textAlign: ['text-align', 'center'],
  textIndent: ['text-indent', '2em'],
  textTransform: ['text-transform', 'uppercase'],
  letterSpacing: ['letter-spacing', '3px'],
  wordSpacing: ['word-spacing', '9px'],
  whiteSpace: ['white-space', 'pre'],
  fontStyle: ['font-style', 'italic'],
  textShadow: ['text-shadow', 'rgb(255, 0, 0) 1px 1px 0px'],
  wordBreak: ['word-break', 'break-all'],
  hyphens: ['hyphens', 'auto'],
  webkitTextFillColor: ['-webkit-text-fill-color', 'rgb(255, 0, 0)'],
} as const;

async function card(css: string): Promise<NicePick> {
  const stage = await fixture<HTMLElement>(html`<np-stage style="display:block;width:640px"></np-stage>`);
  stage.setAttribute('style', `display:block;width:640px;${css}`);
  const el = document.createElement('nice-pick') as NicePick;
  el.data = await loadFixture('example-four-options.json');
  stage.append(el);
  await el.updateComplete;
  return el;
}

/** Each element of the card: the inherited properties above and its box, relative to the host. */
function snapshot(el: NicePick): string[] {
  const host = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('*')].map((node) => {
    const style = getComputedStyle(node) as unknown as Record<string, string>;
    const r = node.getBoundingClientRect();
    const box = [r.left - host.left, r.top - host.top, r.width, r.height].map((n) => Math.round(n)).join(',');
    const props = Object.keys(INHERITED).map((p) => `${p}=${style[p]}`).join(' ');
    return `<${node.localName} part="${node.getAttribute('part') ?? ''}"> ${box} ${props}`;
  });
}

describe('inherited text properties from the page', () => {
  it('do not reach the card: same styles, same boxes as on a plain page', async () => {
    const clean = snapshot(await card(''));
    const css = Object.values(INHERITED).map(([name, value]) => `${name}:${value}`).join(';');
    const styled = snapshot(await card(css));
    const changed = Object.keys(INHERITED).filter((p) => styled.some((line, i) => line.split(' ').find((w) => w.startsWith(`${p}=`)) !== clean[i].split(' ').find((w) => w.startsWith(`${p}=`))));
    expect(changed.join(' '), 'inherited properties that reach the card').to.equal('');
    expect(styled.filter((line, i) => line !== clean[i]).length, 'elements whose box or style changed').to.equal(0);
  });
});
