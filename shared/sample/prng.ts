/**
 * A small seeded random source, so the same options always produce the same sample data.
 * mulberry32: one 32-bit state, fast, and plenty random for made-up client books.
 */
export interface SampleRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** An index into `weights`, each index as likely as its weight. */
  weighted(weights: readonly number[]): number;
  /** A version-4 UUID built from this source, shaped like crypto.randomUUID(). */
  uuid(): string;
}

const hexDigits = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
const dash = '-'.charCodeAt(0);
// Where the dashes go in xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx.
const dashAfterHexDigit = new Set([8, 12, 16, 20]);

export function createRandom(seed: number): SampleRandom {
  let state = seed >>> 0;

  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };

  const next = (): number => nextUint32() / 4294967296;

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    weighted: (weights) => {
      let total = 0;
      for (const weight of weights) total += weight;
      let roll = next() * total;
      for (let index = 0; index < weights.length; index += 1) {
        roll -= weights[index] as number;
        if (roll < 0) return index;
      }
      return weights.length - 1;
    },
    uuid: () => {
      // Built from character codes in one go: 100,000 ids as flat strings, not trees of pieces.
      const words = [nextUint32(), nextUint32(), nextUint32(), nextUint32()];
      // Version nibble 4 and variant bits 10xx, as RFC 9562 asks of random UUIDs.
      words[1] = (((words[1] as number) & 0xffff0fff) | 0x00004000) >>> 0;
      words[2] = (((words[2] as number) & 0x3fffffff) | 0x80000000) >>> 0;
      const codes: number[] = [];
      for (let digit = 0; digit < 32; digit += 1) {
        if (dashAfterHexDigit.has(digit)) codes.push(dash);
        const word = words[digit >>> 3] as number;
        codes.push(hexDigits[(word >>> (28 - (digit & 7) * 4)) & 0xf] as number);
      }
      return String.fromCharCode(...codes);
    },
  };
}
