/**
 * The app's Content-Security-Policy. The renderer's built index.html carries it as a meta tag
 * and the main process sends it as a header for every app:// response. Scripts only from the
 * app itself; styles may be inline because React, Chart.js and printed label sheets set them.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
