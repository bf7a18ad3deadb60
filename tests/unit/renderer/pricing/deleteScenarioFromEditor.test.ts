import { newPricingScenario } from '@shared/pricing';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/appDatabase';
import { deleteScenarioFromEditor } from '../../../../renderer/src/features/pricing/editor/deleteScenarioFromEditor';
import { useToastStore } from '../../../../renderer/src/state/toastStore';

const scenario = newPricingScenario(
  {
    name: 'Half-day workshop',
    serviceTypeId: '',
    currency: 'EUR',
    fixedCosts: [],
    variableCosts: [],
    pricePerUnitMinor: 15_000,
    expectedUnitsPerMonth: 6,
    notes: '',
  },
  new Date('2026-03-02T09:00:00.000Z'),
  'scenario-1',
);

describe('deleting a scenario from its editor', () => {
  beforeEach(async () => {
    useToastStore.setState({ toasts: [] });
    await db.pricingScenarios.clear();
    await db.pricingScenarios.add(scenario);
  });

  it('opens the list before the delete is written, and never again once the user has moved on', async () => {
    const visited: string[] = [];
    let location = `/pricing/${scenario.id}`;
    const navigate = (to: string) => {
      location = to;
      visited.push(to);
    };
    const deleting = deleteScenarioFromEditor(scenario, navigate);
    expect(visited).toEqual(['/pricing']);

    // The user clicks elsewhere while the delete is being written.
    location = '/clients';
    await deleting;

    expect(location).toBe('/clients');
    expect(visited).toEqual(['/pricing']);
    expect(await db.pricingScenarios.get(scenario.id)).toBeUndefined();
  });

  it('offers undo, which brings the scenario back', async () => {
    await deleteScenarioFromEditor(scenario, () => undefined);
    const [toast] = useToastStore.getState().toasts;
    expect(toast?.message).toBe('Deleted “Half-day workshop”.');
    await toast?.undo?.();
    expect((await db.pricingScenarios.get(scenario.id))?.name).toBe('Half-day workshop');
  });

  it('says so when the scenario was already gone, after opening the list', async () => {
    await db.pricingScenarios.clear();
    const visited: string[] = [];
    await deleteScenarioFromEditor(scenario, (to) => visited.push(to));
    expect(visited).toEqual(['/pricing']);
    expect(useToastStore.getState().toasts[0]?.message).toMatch(/no longer exists/);
  });
});
