import { foldForMatching, wordsOf } from '@shared/text/normalize';
import { describe, expect, it } from 'vitest';

describe('folding text for matching', () => {
  it('drops accents and case so people find names however they type them', () => {
    expect(foldForMatching('Zoë Ødegård')).toBe('zoe odegard');
    expect(foldForMatching('François Łukasz Straße')).toBe('francois lukasz strasse');
  });

  it('folds plain ASCII and the same text with accents or ligatures alike', () => {
    expect(foldForMatching('ACME Ltd.\t(Berlin)')).toBe('acme ltd.\t(berlin)');
    expect(foldForMatching('ＡＣＭＥ ﬁne Ltd.')).toBe('acme fine ltd.');
    expect(foldForMatching('Cafe Zoe')).toBe(foldForMatching('Café Zoë'));
  });

  it('keeps scripts without accents intact', () => {
    expect(foldForMatching('Мария 李小龍')).toBe('мария 李小龍');
  });

  it('splits into words of letters and digits', () => {
    expect(wordsOf("O'Brien-Smith & Co. 42")).toEqual(['o', 'brien', 'smith', 'co', '42']);
  });
});
