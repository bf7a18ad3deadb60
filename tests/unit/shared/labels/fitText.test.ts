import { estimateTextWidthEm } from '@shared/labels';
import { describe, expect, it } from 'vitest';

describe('estimateTextWidthEm', () => {
  it('counts wide letters wider than narrow ones', () => {
    expect(estimateTextWidthEm('WWWW')).toBeGreaterThan(estimateTextWidthEm('iiii') * 2.5);
  });

  it('counts Chinese characters a full em each, wider than Latin letters', () => {
    expect(estimateTextWidthEm('李小龍')).toBe(3);
    expect(estimateTextWidthEm('李小龍')).toBeGreaterThan(estimateTextWidthEm('Lee'));
  });

  it('counts accented and Cyrillic letters like their plain look-alikes', () => {
    expect(estimateTextWidthEm('Zoë')).toBe(estimateTextWidthEm('Zoe'));
    expect(estimateTextWidthEm('Мария')).toBeGreaterThan(estimateTextWidthEm('ария'));
  });
});
