/**
 * Decides whether a link may leave the app for the system browser or mail app. Only web pages
 * (http, https) and mail links qualify; no credentials in the URL, no local or odd hosts.
 * Returns the normalised URL, or null when the link must not be opened.
 */
export function checkExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') {
    return /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(decodeURIComponent(url.pathname)) ? url.href : null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const host = url.hostname;
  if (host === '' || host === 'localhost' || !host.includes('.')) return null;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  return url.href;
}
