// demo/strict-csp.html's one script of its own (a file: the policy allows no inline script). Loaded first,
// as a classic script, so it hears every violation of the policy from the start. It keeps them in
// window.cspViolations (the browser tests read it) and says on the page how many there were, and which
// policy the page was served with: opened through `npm start` (Vite), the page has none.
window.cspViolations = [];

(() => {
  const status = () => document.getElementById('csp-status');
  let policy = null;

  function show() {
    const element = status();
    if (!element) return;
    const count = window.cspViolations.length;
    if (policy === null) {
      element.textContent = 'This page was served without a Content-Security-Policy header: run `npm run build:embed && node demo/strict-csp-server.mjs` to see it under the policy.';
      element.classList.remove('violated');
      return;
    }
    const first = window.cspViolations[0];
    const written = document.querySelector('code.policy')?.textContent.replace(/^Content-Security-Policy: /, '');
    const served = policy === written ? 'Served with the policy above' : `Served with Content-Security-Policy: ${policy}`;
    element.textContent = count === 0
      ? `${served}: no violations.`
      : `${served}: ${count} violation${count === 1 ? '' : 's'} of the policy, the first: ${first.effectiveDirective} blocked ${first.blockedURI || 'inline code'}${first.sample ? ` (${first.sample})` : ''}.`;
    element.classList.toggle('violated', count > 0);
  }

  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.cspViolations.push({
        effectiveDirective: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
      });
      console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} ${event.sample}`);
      show();
    },
    true,
  );

  // The policy this page came with, as the browser received it.
  fetch(location.href, { method: 'HEAD', cache: 'no-store' })
    .then((response) => (policy = response.headers.get('content-security-policy')))
    .catch(() => {})
    .finally(() => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', show) : show()));
})();
