/**
 * Decides whether a link may leave the app for the system browser or mail app. Only web pages
 * (https; http after the user agrees, see needsConsentToOpen) and mail links qualify; no
 * credentials in the URL, no local or odd hosts. Returns the normalised URL, or null when the
 * link must not be opened. Never throws, whatever the input.
 */
export function checkExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return checkMailLink(url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const host = url.hostname;
  if (host === '' || host === 'localhost' || !host.includes('.')) return null;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  return url.href;
}

/** A plain-http link: anyone on the way can read or change the page, so the user is asked first. */
export function needsConsentToOpen(checkedUrl: string): boolean {
  return checkedUrl.startsWith('http:');
}

/** What a mail link may fill in besides the address; `attach` and the like never reach the mail app. */
const mailLinkFields = new Set(['subject', 'body', 'cc']);

const mailAddress = /^[^@\s/?,;]+@[^@\s/?,;]+\.[^@\s/?,;]+$/;

function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** One address, with only subject, body and cc kept (each still percent-encoded as given). */
function checkMailLink(url: URL): string | null {
  const address = decodedOrNull(url.pathname);
  if (address === null || !mailAddress.test(address)) return null;
  const kept: string[] = [];
  for (const field of url.search.slice(1).split('&')) {
    const equals = field.indexOf('=');
    const name = equals < 0 ? field : field.slice(0, equals);
    const value = equals < 0 ? '' : field.slice(equals + 1);
    const decodedName = decodedOrNull(name)?.toLowerCase();
    if (decodedName === undefined || !mailLinkFields.has(decodedName)) continue;
    const decodedValue = decodedOrNull(value);
    if (decodedValue === null) continue;
    if (decodedName === 'cc' && !decodedValue.split(',').every((cc) => mailAddress.test(cc.trim()))) continue;
    kept.push(`${decodedName}=${value}`);
  }
  return `mailto:${url.pathname}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
}
