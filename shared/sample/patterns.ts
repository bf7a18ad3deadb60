import type { SampleRandom } from './prng';

/**
 * Fills a format pattern: '#' becomes any digit, '%' a digit from 1 to 9 (house numbers and
 * area codes never start with 0), '@' one of `letters`; everything else is kept. One pattern
 * per country format ("SW1A #@@", "+44 20 7946 0###") keeps the tables short.
 */
export function fillPattern(pattern: string, random: SampleRandom, letters = ''): string {
  let result = '';
  for (const character of pattern) {
    if (character === '#') result += random.int(0, 9);
    else if (character === '%') result += random.int(1, 9);
    else if (character === '@') result += letters.charAt(random.int(0, letters.length - 1));
    else result += character;
  }
  return result;
}
