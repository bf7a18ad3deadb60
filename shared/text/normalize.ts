/** Letters that Unicode does not decompose but people type without the mark. */
const foldedLetters: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * Folds text for matching: lower case, no diacritics ("Zoë Ødegård" → "zoe odegard").
 * Scripts without case or marks (Мария, 李) pass through, lower-cased where they have case.
 */
export function foldForMatching(text: string): string {
  // Plain ASCII has no marks to strip or letters to fold: lower case is all it needs.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðłþı]/g, (letter) => foldedLetters[letter] ?? letter);
}

/** Collapses runs of white space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits folded text into words of letters and digits. */
export function wordsOf(text: string): string[] {
  return foldForMatching(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
