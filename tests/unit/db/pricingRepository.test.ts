import type { PricingScenarioDetails } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import {
  createScenario,
  deleteScenario,
  duplicateSavedScenario,
  getScenarios,
  listScenarios,
  projectsOfServiceType,
  renameScenario,
  saveScenario,
} from '../../../renderer/src/db/pricingRepository';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { ensureServiceType } from '../../../renderer/src/db/serviceTypesRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase, projectDetails } from './testDatabase';

function workshop(overrides: Partial<PricingScenarioDetails> = {}): PricingScenarioDetails {
  return {
    name: 'Half-day workshop',
    serviceTypeId: '',
    currency: 'EUR',
    fixedCosts: [
      { kind: 'amount', label: 'Venue', amountMinor: 120_000 },
      { kind: 'labour', label: 'Preparation', hoursHundredths: 1_000, hourlyRateMinor: 8_000 },
    ],
    variableCosts: [{ kind: 'amount', label: 'Materials', amountMinor: 2_500 }],
    pricePerUnitMinor: 15_000,
    expectedUnitsPerMonth: 6,
    notes: '',
    ...overrides,
  };
}

const monday = new Date('2026-03-02T09:00:00.000Z');
const tuesday = new Date('2026-03-03T09:00:00.000Z');

describe('pricing repository', () => {
  it('saves a new scenario and lists the most recently changed first', async () => {
    const db = await freshDatabase();
    const older = await createScenario(db, workshop({ name: 'Older' }), monday);
    const newer = await createScenario(db, workshop({ name: 'Newer' }), tuesday);
    expect((await listScenarios(db)).map((scenario) => scenario.id)).toEqual([newer, older]);
    const saved = await db.pricingScenarios.get(older);
    expect(saved).toMatchObject({ ...workshop({ name: 'Older' }), createdAt: monday.toISOString() });
  });

  it('saves changes to a scenario, keeping its id and creation time', async () => {
    const db = await freshDatabase();
    const id = await createScenario(db, workshop(), monday);
    await saveScenario(db, id, workshop({ pricePerUnitMinor: 17_500 }), tuesday);
    expect(await db.pricingScenarios.get(id)).toMatchObject({
      id,
      pricePerUnitMinor: 17_500,
      createdAt: monday.toISOString(),
      updatedAt: tuesday.toISOString(),
    });
  });

  it('refuses to save or rename a scenario that was deleted', async () => {
    const db = await freshDatabase();
    await expect(saveScenario(db, 'missing', workshop())).rejects.toThrow(/no longer exists/);
    await expect(renameScenario(db, 'missing', 'New name')).rejects.toThrow(/no longer exists/);
    expect(await db.pricingScenarios.count()).toBe(0);
  });

  it('renames a scenario, and refuses an empty name in words', async () => {
    const db = await freshDatabase();
    const id = await createScenario(db, workshop(), monday);
    expect(await renameScenario(db, id, '  Full-day workshop ', tuesday)).toEqual({ ok: true });
    expect(await db.pricingScenarios.get(id)).toMatchObject({
      name: 'Full-day workshop',
      updatedAt: tuesday.toISOString(),
    });
    expect(await renameScenario(db, id, '   ')).toEqual({ ok: false, error: 'Give the scenario a name.' });
    expect((await db.pricingScenarios.get(id))?.name).toBe('Full-day workshop');
  });

  it('duplicates a scenario as an independent what-if copy with a numbered name', async () => {
    const db = await freshDatabase();
    const id = await createScenario(db, workshop(), monday);
    const first = await duplicateSavedScenario(db, id, tuesday);
    const second = await duplicateSavedScenario(db, id, tuesday);
    const [original, copy, secondCopy] = await getScenarios(db, [id, first, second]);
    expect(copy?.name).toBe('Half-day workshop (copy)');
    expect(secondCopy?.name).toBe('Half-day workshop (copy 2)');
    expect(copy?.fixedCosts).toEqual(original?.fixedCosts);
    expect(copy?.createdAt).toBe(tuesday.toISOString());

    await saveScenario(db, first, { ...workshop({ name: 'Half-day workshop (copy)' }), fixedCosts: [] });
    expect((await db.pricingScenarios.get(id))?.fixedCosts).toHaveLength(2);
  });

  it('moves a deleted scenario to the trash, and undo puts it back unchanged', async () => {
    const db = await freshDatabase();
    const id = await createScenario(db, workshop(), monday);
    const before = await db.pricingScenarios.get(id);
    const trashId = await deleteScenario(db, id);
    expect(await db.pricingScenarios.count()).toBe(0);
    expect(await db.trash.get(trashId)).toMatchObject({
      label: 'Half-day workshop',
      clients: [],
      projects: [],
      pricingScenarios: [before],
    });
    await restoreFromTrash(db, trashId);
    expect(await db.pricingScenarios.get(id)).toEqual(before);
    expect(await db.trash.count()).toBe(0);
  });

  it('gets scenarios in the order asked, leaving out ones that are gone', async () => {
    const db = await freshDatabase();
    const a = await createScenario(db, workshop({ name: 'A' }));
    const b = await createScenario(db, workshop({ name: 'B' }));
    const names = (await getScenarios(db, [b, 'gone', a])).map((scenario) => scenario.name);
    expect(names).toEqual(['B', 'A']);
  });

  it('finds the past projects of a service type for the price reference', async () => {
    const db = await freshDatabase();
    const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    const workshops = await ensureServiceType(db, 'Workshop');
    const design = await ensureServiceType(db, 'Web design');
    await createProject(db, projectDetails(clientId, { title: 'Spring workshop', serviceTypeId: workshops }));
    await createProject(db, projectDetails(clientId, { title: 'Autumn workshop', serviceTypeId: workshops }));
    await createProject(db, projectDetails(clientId, { title: 'Website', serviceTypeId: design }));
    const titles = (await projectsOfServiceType(db, workshops)).map((project) => project.title).sort();
    expect(titles).toEqual(['Autumn workshop', 'Spring workshop']);
    expect(await projectsOfServiceType(db, '')).toEqual([]);
  });
});
