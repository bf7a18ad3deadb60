import { type ComparisonRow, compareScenarios } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, scenario } from './scenarioFixture';

function row(rows: ComparisonRow[], key: string): ComparisonRow {
  const found = rows.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No row ${key}`);
  return found;
}

const baseline = scenario({ id: 'a', name: 'At 500' });
const higherPrice = scenario({ id: 'b', name: 'At 600', pricePerUnitMinor: 60_000 });
const sameAsBaseline = scenario({ id: 'c', name: 'Copy' });
const atCost = scenario({ id: 'd', name: 'At cost', variableCosts: [amountLine('Materials', 50_000)] });

describe('compareScenarios', () => {
  it('has one column per scenario, in the order given', () => {
    const comparison = compareScenarios([baseline, higherPrice, sameAsBaseline], 'en-US');
    expect(comparison.columns.map((column) => column.name)).toEqual(['At 500', 'At 600', 'Copy']);
    expect(row(comparison.rows, 'pricePerUnit').cells.map((cell) => cell.text)).toEqual([
      '€500.00',
      '€600.00',
      '€500.00',
    ]);
  });

  it('marks the figures that differ from the first scenario, and only those', () => {
    const { rows } = compareScenarios([baseline, higherPrice, sameAsBaseline], 'en-US');
    expect(row(rows, 'pricePerUnit').cells.map((cell) => cell.differsFromBaseline)).toEqual([
      false,
      true,
      false,
    ]);
    expect(row(rows, 'fixedCosts').cells.map((cell) => cell.differsFromBaseline)).toEqual([
      false,
      false,
      false,
    ]);
    expect(row(rows, 'unitsToBreakEven').cells.map((cell) => cell.differsFromBaseline)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('says whether a difference is better or worse for the freelancer', () => {
    const { rows } = compareScenarios([baseline, higherPrice], 'en-US');
    expect(row(rows, 'unitMargin').cells[1]?.direction).toBe('better');
    expect(row(rows, 'unitsToBreakEven').cells[1]).toMatchObject({ text: '9', direction: 'better' });
    expect(row(rows, 'monthsToBreakEven').cells[1]).toMatchObject({
      text: '2.3 months',
      direction: 'better',
    });
    const reversed = compareScenarios([higherPrice, baseline], 'en-US').rows;
    expect(row(reversed, 'unitsToBreakEven').cells[1]?.direction).toBe('worse');
  });

  it('gives no direction to a changed price: higher is not better in itself', () => {
    const { rows } = compareScenarios([baseline, higherPrice], 'en-US');
    expect(row(rows, 'pricePerUnit').cells[1]).toMatchObject({ differsFromBaseline: true, direction: null });
  });

  it('shows "Never" where a scenario never breaks even, and ranks it worst', () => {
    const { rows } = compareScenarios([baseline, atCost], 'en-US');
    expect(row(rows, 'unitsToBreakEven').cells[1]).toMatchObject({
      text: 'Never',
      value: null,
      direction: 'worse',
    });
    expect(row(rows, 'monthsToBreakEven').cells[1]).toMatchObject({ text: 'Never', direction: 'worse' });
    const reversed = compareScenarios([atCost, baseline], 'en-US').rows;
    expect(row(reversed, 'unitsToBreakEven').cells[1]?.direction).toBe('better');
  });

  it('shows a dash, without a direction, where a figure is missing for lack of an expected volume', () => {
    const noVolume = scenario({ id: 'e', name: 'No estimate', expectedUnitsPerMonth: null });
    const { rows } = compareScenarios([baseline, noVolume], 'en-US');
    expect(row(rows, 'profitAtExpectedVolume').cells[1]).toMatchObject({
      text: '—',
      differsFromBaseline: true,
      direction: null,
    });
  });

  it('does not rank amounts in different currencies against each other', () => {
    const inDollars = scenario({ id: 'f', name: 'US', currency: 'USD', pricePerUnitMinor: 60_000 });
    const comparison = compareScenarios([baseline, inDollars], 'en-US');
    expect(comparison.mixedCurrencies).toBe(true);
    expect(row(comparison.rows, 'unitMargin').cells[1]).toMatchObject({
      differsFromBaseline: true,
      direction: null,
    });
    expect(row(comparison.rows, 'fixedCosts').cells[1]).toMatchObject({
      differsFromBaseline: true,
      direction: null,
    });
    expect(row(comparison.rows, 'unitsToBreakEven').cells[1]?.direction).toBe('better');
  });

  it('compares two to four scenarios', () => {
    expect(() => compareScenarios([baseline])).toThrow(RangeError);
    expect(() => compareScenarios([baseline, higherPrice, sameAsBaseline, atCost, baseline])).toThrow(
      RangeError,
    );
    expect(compareScenarios([baseline, higherPrice, sameAsBaseline, atCost]).columns).toHaveLength(4);
  });
});
