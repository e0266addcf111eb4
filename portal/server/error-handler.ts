import type { ServerResponse } from 'node:http';

/**
 * Nitro's default error handler adds `X-Frame-Options: DENY` to error
 * responses. That would hide the portal's own 404 page inside the city's iframe
 * and cannot express an allow list, so the portal never sends the header; the
 * CSP's `frame-ancestors` decides who may embed the portal.
 */
function dropFrameOptions(response: ServerResponse): void {
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) =>
    name.toLowerCase() === 'x-frame-options' ? response : setHeader(name, value);
}

/**
 * Runs before Nuxt's error handler, which renders the localized error page
 * (registered in nuxt.config.ts, hook `nitro:config`).
 *
 * Nitro logs "sensitive" errors with the full request URL, query string
 * included, and counts every `fatal` page error (a 404 too) as sensitive. This
 * handler logs real failures with the path only and lets expected ones (404,
 * CMS unavailable, already logged by `queryCms`) pass silently. It does not
 * answer the request itself.
 */
export default defineNitroErrorHandler((error, event) => {
  dropFrameOptions(event.node.res);
  if (error.unhandled) {
    logServerError(`[request error] [${event.method}] ${event.path.split('?')[0]}`, error);
    // Keep internals out of the response, as Nitro does for unhandled errors.
    error.message = 'Server Error';
    error.data = undefined;
    error.unhandled = false;
  }
  error.fatal = false;
});
