/**
 * Estimated advance widths in em, for choosing a font size without measuring text (the print
 * window runs no script). The figures are DejaVu Sans's, the widest of the fonts in the label
 * font stack, rounded up: with Arial or Liberation Sans the text only comes out narrower.
 */
const asciiWidthGroups: readonly [number, string][] = [
  [0.3, "'IJijl"],
  [0.34, ' ,.:;/\\|'],
  [0.42, '!()[]-frt'],
  [0.5, '"*_`'],
  [0.56, '?csz'],
  [0.64, '0123456789{}$abdeghknopquvxyEFLPSTY'],
  [0.7, 'ABCKRVXZ'],
  [0.8, 'DGHNOQU&'],
  [0.86, '#+<=>^~M'],
  [1, '%@Wmw'],
];

const asciiWidths = new Map<string, number>();
for (const [width, characters] of asciiWidthGroups) {
  for (const character of characters) asciiWidths.set(character, width);
}

/** Latin letters that do not decompose into an ASCII letter plus a mark. */
const latinLetterWidths: Record<string, number> = {
  Æ: 1.1,
  Œ: 1.1,
  æ: 1.1,
  œ: 1.1,
  ß: 0.64,
  ø: 0.64,
  Ø: 0.8,
  ł: 0.3,
  Ł: 0.64,
  đ: 0.64,
  Đ: 0.8,
  ð: 0.64,
  Ð: 0.8,
  þ: 0.64,
  Þ: 0.64,
  ı: 0.3,
};

const wideCyrillic = new Set('ЖШЩЮЫЪФМжшщюфмыъ');
const combiningMark = /\p{M}/u;
const defaultWidth = 0.85;

/** Chinese, Japanese and Korean characters and full-width forms take a full em. */
function isFullWidth(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

function characterWidth(character: string): number {
  const ascii = asciiWidths.get(character);
  if (ascii !== undefined) return ascii;
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x20) return 0;
  if (combiningMark.test(character)) return 0;
  if (isFullWidth(codePoint)) return 1;
  if (codePoint >= 0xc0 && codePoint <= 0x24f) {
    const special = latinLetterWidths[character];
    if (special !== undefined) return special;
    const base = asciiWidths.get(character.normalize('NFD').charAt(0));
    if (base !== undefined) return base;
  }
  const isUpper = character !== character.toLowerCase();
  if (codePoint >= 0x400 && codePoint <= 0x4ff)
    return wideCyrillic.has(character) ? 1.1 : isUpper ? 0.8 : 0.7;
  if (codePoint >= 0x370 && codePoint <= 0x3ff) return character === 'ω' ? 0.86 : isUpper ? 0.8 : 0.75;
  if (codePoint === 0xa0) return 0.34;
  if (codePoint === 0x2014 || codePoint === 0x2026) return 1;
  if (codePoint >= 0x2000 && codePoint <= 0x206f) return 0.5;
  return defaultWidth;
}

/** The estimated width of a line of text, in em (multiply by the font size for the width). */
export function estimateTextWidthEm(text: string): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width;
}
