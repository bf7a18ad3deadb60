import { costLineMinor, costLinesTotalMinor } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, labourLine } from './scenarioFixture';

describe('cost lines', () => {
  it('prices 1.5 h at 33.33 an hour as 50.00 (49.995 rounded half up)', () => {
    expect(costLineMinor(labourLine('Preparation', 150, 3_333))).toBe(5_000);
  });

  it('rounds a labour cost below half a minor unit down', () => {
    // 0.25 h × 33.33 = 8.3325 → 8.33
    expect(costLineMinor(labourLine('Call', 25, 3_333))).toBe(833);
  });

  it('prices whole and quarter hours exactly', () => {
    expect(costLineMinor(labourLine('Design', 1_200, 8_000))).toBe(96_000);
    expect(costLineMinor(labourLine('Review', 75, 8_000))).toBe(6_000);
  });

  it('adds amount and labour lines together', () => {
    const lines = [
      amountLine('Room hire', 30_000),
      labourLine('Preparation', 150, 3_333),
      amountLine('Flyers', 1),
    ];
    expect(costLinesTotalMinor(lines)).toBe(35_001);
  });

  it('totals nothing as zero', () => {
    expect(costLinesTotalMinor([])).toBe(0);
  });

  it('adds large amounts exactly up to the largest safe total', () => {
    const half = Math.floor(Number.MAX_SAFE_INTEGER / 2);
    expect(costLinesTotalMinor([amountLine('a', half), amountLine('b', half + 1)])).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it('refuses a total that would lose precision instead of rounding it', () => {
    expect(() => costLinesTotalMinor([amountLine('a', Number.MAX_SAFE_INTEGER), amountLine('b', 2)])).toThrow(
      /too large to calculate exactly/,
    );
  });
});
