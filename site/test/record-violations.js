// Loaded first by the test copy of the viewer (?test=1): every CSP violation of the page, kept
// for the tests in window.__violations.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
