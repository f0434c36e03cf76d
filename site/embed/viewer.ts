// The viewer: the card for the comparison in the link's fragment (#c=…, see src/share.ts), alone
// on the page. The element is the shipped bundle (dist/nice-pick.js, copied next to this page's
// folder by the site build), loaded by a relative URL. The comparison goes in as the `data`
// property, never as HTML. Inside an iframe the page posts its height to the parent,
// { type: 'nice-pick:height', height }, whenever it changes (site/public/embed/resize.js sets it).
import { decodeComparison } from '../src/share.js';

export const HEIGHT_MESSAGE = 'nice-pick:height';
const THEMES = ['light', 'dark', 'auto'];
/** The element bundle, from this script's folder (a variable: Vite leaves it to the browser). */
const ELEMENT = '../nice-pick.js';

const main = document.getElementById('viewer')!;

function showMessage(message: string) {
  const box = document.createElement('div');
  box.className = 'message';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'This comparison cannot be shown';
  const p = document.createElement('p');
  p.textContent = message;
  box.append(heading, p);
  main.replaceChildren(box);
}

/** In an iframe: the parent gets the page's height each time it changes. */
function postHeights() {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // any origin may frame the viewer; a height is all it learns
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(main);
}

async function show() {
  const theme = new URLSearchParams(location.search).get('theme') ?? 'auto';
  const decoded = await decodeComparison(location.hash);
  if (!decoded.ok) return showMessage(decoded.message);
  try {
    // relative to this script (site/dist/assets/), so the folder works from any sub-path
    await import(/* @vite-ignore */ new URL(ELEMENT, import.meta.url).href);
  } catch {
    return showMessage('The card could not load (nice-pick.js did not arrive). Reload the page; if it stays, the site is missing its files.');
  }
  for (const warning of decoded.warnings) console.warn(`nice-pick: ${warning}`);
  const card = document.createElement('nice-pick') as HTMLElement & { data: unknown };
  if (THEMES.includes(theme)) {
    card.setAttribute('theme', theme);
    if (theme !== 'auto') document.documentElement.dataset.theme = theme;
  } else console.warn(`nice-pick viewer: ?theme= takes light, dark or auto, not "${theme}"; using auto`);
  // the card is the page: its title is the page's heading
  card.setAttribute('heading-level', '1');
  card.data = decoded.data;
  main.replaceChildren(card);
}

postHeights();
void show();
// a new fragment (the studio's preview, a pasted link) shows the new comparison
window.addEventListener('hashchange', () => void show());
