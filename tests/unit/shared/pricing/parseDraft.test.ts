import { formatMinorForInput } from '@shared/money/money';
import {
  type CostLineDraft,
  emptyCostLineDraft,
  emptyPricingDraft,
  type PricingInputs,
  type PricingScenarioDraft,
  parseHours,
  parsePricingDraft,
  parseWholeUnits,
  scenarioFigures,
  scenarioToDraft,
} from '@shared/pricing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountLine, labourLine, scenario } from './scenarioFixture';

function line(overrides: Partial<CostLineDraft>): CostLineDraft {
  return { ...emptyCostLineDraft(overrides.kind), ...overrides };
}

function draft(overrides: Partial<PricingScenarioDraft> = {}): PricingScenarioDraft {
  return {
    ...emptyPricingDraft('EUR'),
    name: 'Half-day workshop',
    fixedCosts: [
      line({ label: 'Room hire', amount: '300' }),
      line({ kind: 'labour', label: 'Prep', hours: '1.5', hourlyRate: '33.33' }),
    ],
    variableCosts: [line({ label: 'Handouts', amount: '12,50' })],
    pricePerUnit: '1,250.00',
    expectedUnitsPerMonth: '4',
    ...overrides,
  };
}

describe('parsePricingDraft', () => {
  it('turns what was typed into integer amounts ready to save', () => {
    const result = parsePricingDraft(draft({ notes: '  Spring run  ' }));
    expect(result.errors).toEqual({});
    expect(result.details).toEqual({
      name: 'Half-day workshop',
      serviceTypeId: '',
      currency: 'EUR',
      fixedCosts: [amountLine('Room hire', 30_000), labourLine('Prep', 150, 3_333)],
      variableCosts: [amountLine('Handouts', 1_250)],
      pricePerUnitMinor: 125_000,
      expectedUnitsPerMonth: 4,
      notes: 'Spring run',
    });
  });

  it('requires a price, at the price field', () => {
    const result = parsePricingDraft(draft({ pricePerUnit: ' ' }));
    expect(result.errors).toEqual({ pricePerUnit: 'Enter the price per unit.' });
    expect(result.details).toBeNull();
    expect(result.inputs).toBeNull();
  });

  it('refuses negative costs and prices at the field of the line they are on', () => {
    const result = parsePricingDraft(
      draft({
        fixedCosts: [
          line({ label: 'Room hire', amount: '300' }),
          line({ label: 'Insurance', amount: '50' }),
          line({ label: 'Refund', amount: '-20' }),
        ],
        variableCosts: [line({ kind: 'labour', label: 'Delivery', hours: '-1', hourlyRate: '-80' })],
        pricePerUnit: '-5',
      }),
    );
    expect(result.errors).toEqual({
      'fixedCosts.2.amount': 'A cost cannot be negative.',
      'variableCosts.0.hours': 'Hours cannot be negative.',
      'variableCosts.0.hourlyRate': 'The hourly rate cannot be negative.',
      pricePerUnit: 'The price cannot be negative.',
    });
  });

  it('explains unreadable numbers in words', () => {
    const result = parsePricingDraft(
      draft({
        fixedCosts: [
          line({ label: 'Room hire', amount: 'a lot' }),
          line({ kind: 'labour', label: 'Prep', hours: '1.333', hourlyRate: '' }),
        ],
        expectedUnitsPerMonth: '2.5',
      }),
    );
    expect(result.errors).toEqual({
      'fixedCosts.0.amount': 'Enter a number, like 1250 or 1,250.00.',
      'fixedCosts.1.hours': 'Use at most 2 decimal places for hours, like 1.25.',
      'fixedCosts.1.hourlyRate': 'Enter your hourly rate.',
      expectedUnitsPerMonth: 'Enter a whole number of units, like 4.',
    });
  });

  it('refuses a variable cost with leading letters instead of saving "abc20" as 20', () => {
    const result = parsePricingDraft(
      draft({ variableCosts: [line({ label: 'Handouts', amount: 'abc20' })] }),
    );
    expect(result.errors['variableCosts.0.amount']).toMatch(/Enter a number in EUR/);
    expect(result.details).toBeNull();
  });

  it('asks for a label on a cost line, and a name for the scenario', () => {
    const result = parsePricingDraft(draft({ name: '', variableCosts: [line({ amount: '10' })] }));
    expect(result.errors).toEqual({
      name: 'Give the scenario a name, like "Half-day workshop".',
      'variableCosts.0.label': 'Say what this cost is, like "Room hire".',
    });
  });

  it('still gives the numbers for live figures while only a name or label is missing', () => {
    const result = parsePricingDraft(draft({ name: '', variableCosts: [line({ amount: '10' })] }));
    expect(result.details).toBeNull();
    expect(result.inputs?.variableCosts).toEqual([amountLine('', 1_000)]);
    expect(result.inputs?.pricePerUnitMinor).toBe(125_000);
  });

  it('skips a blank line just added, keeping the field paths of the lines after it', () => {
    const result = parsePricingDraft(
      draft({ fixedCosts: [line({}), line({ label: 'Room hire', amount: 'x' })], variableCosts: [line({})] }),
    );
    expect(result.errors).toEqual({ 'fixedCosts.1.amount': 'Enter a number, like 1250 or 1,250.00.' });
    const fixed = parsePricingDraft(
      draft({ fixedCosts: [line({}), line({ label: 'Room hire', amount: '1' })] }),
    );
    expect(fixed.details?.fixedCosts).toEqual([amountLine('Room hire', 100)]);
  });

  it('ignores the text of the other kind of line', () => {
    const result = parsePricingDraft(
      draft({
        fixedCosts: [
          line({ kind: 'amount', label: 'Room hire', amount: '300', hours: 'x', hourlyRate: 'y' }),
        ],
      }),
    );
    expect(result.errors).toEqual({});
    expect(result.details?.fixedCosts).toEqual([amountLine('Room hire', 30_000)]);
  });

  it('reads amounts with the decimal places of the currency', () => {
    const result = parsePricingDraft(
      draft({ currency: 'JPY', fixedCosts: [], variableCosts: [], pricePerUnit: '12.5' }),
    );
    expect(result.errors).toEqual({ pricePerUnit: 'JPY has no smaller unit; enter a whole amount.' });
    const yen = parsePricingDraft(
      draft({ currency: 'JPY', fixedCosts: [], variableCosts: [], pricePerUnit: '12,500' }),
    );
    expect(yen.details?.pricePerUnitMinor).toBe(12_500);
  });

  it('asks for a currency before reading any amount', () => {
    expect(parsePricingDraft(draft({ currency: '' })).errors).toEqual({ currency: 'Choose a currency.' });
    expect(parsePricingDraft(draft({ currency: 'EURO' })).errors).toEqual({
      currency: '"EURO" is not a currency code.',
    });
  });

  it('allows no expected volume, a price of 0 and no costs at all', () => {
    const result = parsePricingDraft(
      draft({ fixedCosts: [], variableCosts: [], pricePerUnit: '0', expectedUnitsPerMonth: '' }),
    );
    expect(result.errors).toEqual({});
    expect(result.details?.expectedUnitsPerMonth).toBeNull();
    expect(result.details?.pricePerUnitMinor).toBe(0);
  });

  it('refuses totals that cannot be calculated exactly, at the costs they come from', () => {
    const result = parsePricingDraft(
      draft({
        fixedCosts: [
          line({ label: 'A', amount: '90000000000000' }),
          line({ label: 'B', amount: '90000000000000' }),
        ],
      }),
    );
    expect(result.errors).toEqual({
      fixedCosts: 'The fixed costs add up to more than can be calculated exactly.',
    });
    expect(result.inputs).toBeNull();
  });

  it('refuses hours × rate that cannot be calculated exactly', () => {
    const result = parsePricingDraft(
      draft({
        fixedCosts: [line({ kind: 'labour', label: 'Prep', hours: '1000000', hourlyRate: '90000000000000' })],
      }),
    );
    expect(result.errors).toEqual({
      'fixedCosts.0.hourlyRate': 'Hours × rate is too large to calculate exactly.',
    });
  });

  it('refuses an expected volume whose figures cannot be calculated exactly', () => {
    const result = parsePricingDraft(draft({ expectedUnitsPerMonth: '9,000,000,000,000' }));
    expect(result.errors).toEqual({
      expectedUnitsPerMonth: 'At this many units a month, the figures are too large to calculate exactly.',
    });
  });

  it('only ever hands over numbers whose figures can be calculated exactly', () => {
    const amountText = fc
      .bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) })
      .map((cents) => formatMinorForInput(Number(cents), 'EUR'));
    fc.assert(
      fc.property(
        fc.array(amountText, { maxLength: 3 }),
        amountText,
        amountText,
        fc.option(fc.integer({ min: 0, max: 10 ** 12 }).map(String), { nil: '' }),
        (fixedAmounts, variableAmount, price, units) => {
          const result = parsePricingDraft(
            draft({
              fixedCosts: fixedAmounts.map((amount) => line({ label: 'Cost', amount })),
              variableCosts: [line({ label: 'Per unit', amount: variableAmount })],
              pricePerUnit: price,
              expectedUnitsPerMonth: units,
            }),
          );
          if (result.inputs === null) expect(Object.keys(result.errors).length).toBeGreaterThan(0);
          else expect(() => scenarioFigures(result.inputs as PricingInputs)).not.toThrow();
        },
      ),
    );
  });

  it('reads back what scenarioToDraft wrote', () => {
    const saved = scenario({
      fixedCosts: [amountLine('Room hire', 30_005), labourLine('Prep', 25, 3_333)],
      variableCosts: [amountLine('Handouts', 1_250)],
      expectedUnitsPerMonth: null,
      notes: 'Runs in spring',
    });
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...details } = saved;
    expect(parsePricingDraft(scenarioToDraft(saved)).details).toEqual(details);
  });
});

describe('parseHours', () => {
  it('reads hours into exact hundredths', () => {
    expect(parseHours('1.5')).toEqual({ ok: true, value: 150 });
    expect(parseHours('1,5')).toEqual({ ok: true, value: 150 });
    expect(parseHours('0.25')).toEqual({ ok: true, value: 25 });
    expect(parseHours('.1')).toEqual({ ok: true, value: 10 });
    expect(parseHours(' 12 ')).toEqual({ ok: true, value: 1_200 });
  });

  it('refuses text that is not a number of hours', () => {
    expect(parseHours('')).toEqual({ ok: false, error: 'Enter the hours.' });
    expect(parseHours('1h30')).toEqual({ ok: false, error: 'Enter the hours as a number, like 1.5.' });
    expect(parseHours('.')).toEqual({ ok: false, error: 'Enter the hours as a number, like 1.5.' });
  });
});

describe('parseWholeUnits', () => {
  it('reads whole numbers, with or without thousands separators', () => {
    expect(parseWholeUnits('4')).toEqual({ ok: true, value: 4 });
    expect(parseWholeUnits('1,200')).toEqual({ ok: true, value: 1_200 });
    expect(parseWholeUnits('1 200 000')).toEqual({ ok: true, value: 1_200_000 });
  });

  it('refuses fractions and misplaced separators', () => {
    expect(parseWholeUnits('1,20').ok).toBe(false);
    expect(parseWholeUnits('0.5').ok).toBe(false);
  });
});
