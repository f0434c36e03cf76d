// A classic script in the head of card-states.html: it runs before the body is parsed, so it sees
// the violations of the parser too (a server-rendered card's <style>, inline scripts), then the
// page script's and the card's. card-states.js fills in the rest of window.__cspResult.
const result = (window.__cspResult = {
  violations: [],
  trustedTypes: typeof window.trustedTypes === 'object' && window.trustedTypes !== null,
  importError: null,
  states: {},
  events: {},
  structuredData: null,
  controlThrew: null,
  done: false,
});
document.addEventListener('securitypolicyviolation', (e) => {
  result.violations.push(
    `${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || '(inline)'}` +
      `${e.sample ? ` sample ${JSON.stringify(e.sample)}` : ''} at ${e.sourceFile || '?'}:${e.lineNumber}`,
  );
});
