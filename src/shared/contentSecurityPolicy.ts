/**
 * One policy for every place the renderer is served from: the app:// protocol handler, the
 * dev-server responses and the built index.html. No remote code, no eval; inline styles only
 * because React writes `style` attributes for the virtualised list.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives browsers honour only as a response header, never in a <meta> tag. */
export const headerOnlyPolicy = "frame-ancestors 'none'";
