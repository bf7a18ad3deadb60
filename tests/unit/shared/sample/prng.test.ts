import { createRandom } from '@shared/sample/prng';
import { describe, expect, it } from 'vitest';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws floats in [0, 1) and integers that reach both ends of the range', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let index = 0; index < 2000; index += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      seen.add(random.int(3, 6));
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('never picks an option with no weight, and picks heavier options more often', () => {
    const random = createRandom(11);
    const picks = Array.from({ length: 3000 }, () => random.weighted([1, 0, 3]));
    const count = (index: number) => picks.filter((pick) => pick === index).length;
    expect(count(1)).toBe(0);
    expect(count(2)).toBeGreaterThan(count(0) * 2);
    expect(count(0)).toBeGreaterThan(0);
  });

  it('makes version-4 UUIDs that do not repeat', () => {
    const random = createRandom(1);
    const ids = Array.from({ length: 5000 }, () => random.uuid());
    for (const id of ids) expect(id).toMatch(uuidV4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
