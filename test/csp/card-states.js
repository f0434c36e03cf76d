// The page script of card-states.html (same origin, so `script-src 'self'` lets it run; listen.js
// records the violations from the start): gives the cards their data, loads the shipped bundle, and
// reports in window.__cspResult once every card that can settle has fired `load` or `error`.
// ?structured=1 keeps the structured-data card (otherwise removed before the bundle loads).
// ?lit=host first loads a copy of lit-html of the page's own (a host that already uses Lit);
// ?control=csp|tt does one thing the policy forbids, to prove the violations are seen.
const params = new URLSearchParams(location.search);
const result = window.__cspResult;
if (params.get('structured') !== '1') document.getElementById('structured').remove();
const cards = [...document.querySelectorAll('nice-pick')];
const settles = cards.filter((card) => card.id !== 'loading');
const settled = Promise.all(
  settles.map(
    (card) =>
      new Promise((resolve) => {
        const done = (event) => {
          result.events[card.id] = event.type;
          resolve();
        };
        card.addEventListener('load', done, { once: true });
        card.addEventListener('error', done, { once: true });
      }),
  ),
);

const img = '<img src=x onerror="window.__cspPwned=1">';
document.getElementById('data').data = {
  options: [
    { name: 'Data A', pros: ['fast'], cons: [] },
    { name: 'Data B', pros: [], cons: ['slow'] },
  ],
  pick: 'data-a',
};
document.getElementById('hostile').data = {
  label: img,
  title: `<style>*{display:none}</style>${img}`,
  intro: '<script>window.__cspPwned=1</script>',
  options: [
    { id: 'a', name: img, url: 'javascript:window.__cspPwned=1', pros: [img], cons: [], related: [{ label: img, url: 'data:text/html,x' }] },
    { id: 'b', name: 'B', url: 'https://example.com/b', pros: [], cons: [img] },
  ],
  pick: 'a',
  verdict: { text: img, reason: img },
  contact: { prompt: img, email: `${img}@example.com`, url: ' javascript:alert(1)' },
};

try {
  if (params.get('lit') === 'host') await import('/node_modules/lit-html/lit-html.js');
} catch (error) {
  result.importError = `the page's own lit-html: ${error}`;
}
try {
  await import('/dist/nice-pick.js');
} catch (error) {
  result.importError = `dist/nice-pick.js: ${error}`;
}

if (params.get('control') === 'csp') {
  // default-src 'none': an image is blocked and reported (img-src).
  const probe = document.createElement('img');
  probe.src = '/fixtures/control.png';
  document.body.append(probe);
}
if (params.get('control') === 'tt') {
  // require-trusted-types-for 'script': a string into innerHTML throws and is reported.
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
    result.controlThrew = false;
  } catch (error) {
    result.controlThrew = String(error.name);
  }
}

if (customElements.get('nice-pick')) {
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 5000))]);
}
await new Promise((resolve) => setTimeout(resolve, 300)); // late reports (they are queued as tasks)
for (const card of cards) {
  const shown = card.shadowRoot?.querySelector('[part~=card]');
  result.states[card.id] = shown ? shown.getAttribute('part') : 'nothing';
}
const ld = document.querySelector('#structured > script[type="application/ld+json"]');
result.structuredData = ld ? ld.textContent : null;
const serverLd = document.querySelector('#ssr > script[type="application/ld+json"]');
result.serverStructuredData = serverLd ? serverLd.textContent : null;
result.pwned = window.__cspPwned ?? null;
result.styleAttributes = [...document.querySelectorAll('nice-pick')].flatMap((card) =>
  [card, ...(card.shadowRoot?.querySelectorAll('[style]') ?? [])].filter((node) => node.hasAttribute('style')).map((n) => n.localName),
);
result.done = true;
