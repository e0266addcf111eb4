/**
 * Sends the security headers on every response (static files included: the
 * `request` hook runs before any handler) and allows each page's inline
 * scripts by hash.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    const headers = securityHeaders(frameAncestorsFor(event.path, useRuntimeConfig(event)));
    if (import.meta.dev) {
      // Vite's dev client injects inline scripts and opens a websocket; a CSP
      // would break hot reload. Built servers, which the tests run, send it.
      delete headers['Content-Security-Policy'];
    }
    setResponseHeaders(event, headers);
  });

  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const headers = (response.headers ??= {});
    delete headers['x-powered-by'];
    if (!import.meta.dev && typeof response.body === 'string') {
      // A form's draft preview is shown in the CMS admin's frame, embed views in the city's.
      const preview = Boolean(event.context.teilhabeFormView?.preview);
      headers['content-security-policy'] = contentSecurityPolicy({
        frameAncestors: frameAncestorsFor(
          requestedPath(event.path),
          useRuntimeConfig(event),
          preview
        ),
        scriptHashes: inlineScriptHashes(response.body),
      });
    }
  });
});
