import { foldForMatching } from '../text/normalize';

const asciiWordCache = new Map<string, string>();

/**
 * One word for an email address or domain: ASCII letters and digits only ("Ødegård" → "odegard",
 * "O'Connor" → "oconnor"). Cached, since it is asked of the same table names over and over.
 */
export function asciiWord(text: string): string {
  let word = asciiWordCache.get(text);
  if (word === undefined) {
    word = foldForMatching(text).replace(/[^a-z0-9]/g, '');
    asciiWordCache.set(text, word);
  }
  return word;
}

/** The ASCII words of a name ("O'Brien & Söhne" → ["obrien", "sohne"]). */
export function asciiWords(text: string): string[] {
  return foldForMatching(text)
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}
