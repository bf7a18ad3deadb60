/**
 * Checks for the values people type into contact fields. The rules accept what real address
 * books hold (international names, "+44 (0)20 7946 0958") and reject what is plainly a typo.
 */

// Local part: the dot-atom of RFC 5322 (no quoted strings); domain: labels with a dot and a TLD.
const emailPattern =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

export function isValidEmail(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 254 && emailPattern.test(trimmed);
}

/** Why an email is not valid, in words, or '' when it is. */
export function emailProblem(text: string): string {
  const trimmed = text.trim();
  if (isValidEmail(trimmed)) return '';
  if (!trimmed.includes('@')) return 'An email address needs an @, like name@example.com.';
  if (/\s/.test(trimmed)) return 'An email address cannot contain spaces.';
  const domain = trimmed.slice(trimmed.lastIndexOf('@') + 1);
  if (!domain.includes('.')) return `"${domain}" is missing its ending, like .com or .de.`;
  return 'This is not a valid email address, like name@example.com.';
}

/** Why a phone number is not plausible, or '' when it is. */
export function phoneProblem(text: string): string {
  const trimmed = text.trim();
  if (!/^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$/i.test(trimmed)) {
    return 'A phone number has digits, spaces and + ( ) - only.';
  }
  const digits = trimmed.replace(/(?:x|ext\.?|#)\s*\d+$/i, '').replace(/\D/g, '');
  if (digits.length < 5) return 'This phone number is too short.';
  if (digits.length > 17) return 'This phone number is too long.';
  return '';
}

/**
 * Accepts "example.com", "www.example.com/about" or a full http(s) URL; returns the URL with a
 * scheme, or '' when it is not a web address.
 */
export function normalizeWebUrl(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  if (!/^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname)) return '';
  return url.href;
}
