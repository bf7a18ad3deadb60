import { draftTextAt, emptyCostLineDraft, emptyPricingDraft, typedFieldErrors } from '@shared/pricing';
import { describe, expect, it } from 'vitest';

function draft() {
  return {
    ...emptyPricingDraft('EUR'),
    pricePerUnit: '-5',
    fixedCosts: [{ ...emptyCostLineDraft('amount'), label: '', amount: 'abc' }],
  };
}

describe('draftTextAt', () => {
  it('finds the text of top-level fields and of cost line fields', () => {
    expect(draftTextAt(draft(), 'pricePerUnit')).toBe('-5');
    expect(draftTextAt(draft(), 'fixedCosts.0.amount')).toBe('abc');
    expect(draftTextAt(draft(), 'fixedCosts.0.label')).toBe('');
  });

  it('has no text for a whole section or a path that is not a field', () => {
    expect(draftTextAt(draft(), 'fixedCosts')).toBeUndefined();
    expect(draftTextAt(draft(), 'fixedCosts.0.kind')).toBeUndefined();
    expect(draftTextAt(draft(), 'pricePerUnit.0')).toBeUndefined();
    expect(draftTextAt(draft(), 'somethingElse')).toBeUndefined();
  });
});

describe('typedFieldErrors', () => {
  it('keeps problems with what was typed and waits with "enter this" for empty fields', () => {
    const errors = {
      name: 'Give the scenario a name.',
      pricePerUnit: 'The price cannot be negative.',
      'fixedCosts.0.label': 'Say what this cost is.',
      'fixedCosts.0.amount': 'Enter a number.',
      fixedCosts: 'The fixed costs add up to more than can be calculated exactly.',
    };
    expect(typedFieldErrors(draft(), errors)).toEqual({
      pricePerUnit: 'The price cannot be negative.',
      'fixedCosts.0.amount': 'Enter a number.',
      fixedCosts: 'The fixed costs add up to more than can be calculated exactly.',
    });
  });
});
