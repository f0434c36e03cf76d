// The page around a pasted page on the other origin (GET /__site__/outline/N, a route of
// ../web-test-runner.config.mjs): it frames /__site__/static/N (same origin, so it may read it) and
// posts the card's outline (support/card-outline.ts) to the test page that framed it, which is on
// another origin and cannot read it. ?scripts=0: the pasted page runs no script at all (a sandbox
// without allow-scripts, and a Content-Security-Policy of script-src 'none'), and the outline is
// posted once the card shows; ?scripts=1: scripts run, and it is posted once the element has
// defined itself and drawn the card its own way (the takeover).
import { cardOutline } from './support/card-outline.js';

type Card = HTMLElement & { updateComplete: Promise<boolean> };

const scripts = new URLSearchParams(location.search).get('scripts') === '1';
const frame = document.querySelector('iframe')!;

const poll = setInterval(() => {
  const doc = frame.contentDocument;
  const host = doc?.querySelector<Card>('nice-pick');
  const root = host?.shadowRoot;
  if (!doc || !host || !root || !root.querySelector('article') || doc.readyState !== 'complete') return;
  const win = frame.contentWindow as Window & { __pwned?: unknown };
  const defined = !!win.customElements.get('nice-pick');
  // with scripts: wait for the element's own render (its adopted stylesheet, the server's <style> gone)
  if (scripts && !(defined && root.adoptedStyleSheets.length > 0 && !root.querySelector('style'))) return;
  clearInterval(poll);
  const settled = scripts ? host.updateComplete : Promise.resolve();
  settled.then(() =>
    parent.postMessage(
      {
        type: 'outline',
        outline: cardOutline(root),
        articles: root.querySelectorAll('article').length,
        styleElements: root.querySelectorAll('style').length,
        defined,
        ran: doc.documentElement.dataset.ran ?? null,
        pwned: win.__pwned ?? null,
        theme: host.getAttribute('theme'),
      },
      '*',
    ),
  );
}, 50);
