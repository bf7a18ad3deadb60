import {
  copyName,
  duplicateScenario,
  newPricingScenario,
  renamePricingScenario,
  updatePricingScenario,
} from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, scenario } from './scenarioFixture';

const later = new Date('2026-02-01T10:00:00.000Z');

describe('duplicateScenario', () => {
  it('makes a copy with a new id, new times and "(copy)" after the name', () => {
    const original = scenario();
    const copy = duplicateScenario(original, later, [], 'new-id');
    expect(copy).toEqual({
      ...original,
      id: 'new-id',
      name: 'Half-day workshop (copy)',
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
    });
  });

  it('gives a fresh id when none is given', () => {
    expect(duplicateScenario(scenario(), later).id).not.toBe('scenario-1');
  });

  it('lets the copy be changed without changing the original', () => {
    const original = scenario();
    const copy = duplicateScenario(original, later);
    const line = copy.fixedCosts[0];
    if (line?.kind === 'amount') line.amountMinor = 1;
    expect(original.fixedCosts[0]).toEqual(amountLine('Preparation', 500_000));
  });

  it('numbers copies past the names already taken', () => {
    const taken = ['Workshop', 'Workshop (copy)', 'Workshop (copy 2)'];
    expect(copyName('Workshop', taken)).toBe('Workshop (copy 3)');
    expect(copyName('Workshop (copy)', taken)).toBe('Workshop (copy 3)');
    expect(copyName('Workshop (copy)')).toBe('Workshop (copy 2)');
  });
});

describe('renamePricingScenario', () => {
  it('renames and marks the scenario as updated', () => {
    const result = renamePricingScenario(scenario(), '  Full-day workshop ', later);
    expect(result).toMatchObject({
      ok: true,
      scenario: {
        name: 'Full-day workshop',
        updatedAt: '2026-02-01T10:00:00.000Z',
        createdAt: '2026-01-01T09:00:00.000Z',
      },
    });
  });

  it('refuses an empty name', () => {
    expect(renamePricingScenario(scenario(), '   ', later)).toEqual({
      ok: false,
      error: 'Give the scenario a name.',
    });
  });
});

describe('newPricingScenario and updatePricingScenario', () => {
  it('stamps a new scenario and keeps the creation time on update', () => {
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...details } = scenario();
    const created = newPricingScenario(details, new Date('2026-01-05T08:00:00.000Z'), 'id-1');
    expect(created).toMatchObject({
      id: 'id-1',
      createdAt: '2026-01-05T08:00:00.000Z',
      updatedAt: '2026-01-05T08:00:00.000Z',
    });
    const updated = updatePricingScenario(created, { ...details, pricePerUnitMinor: 1 }, later);
    expect(updated).toMatchObject({
      id: 'id-1',
      pricePerUnitMinor: 1,
      createdAt: '2026-01-05T08:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
    });
  });
});
