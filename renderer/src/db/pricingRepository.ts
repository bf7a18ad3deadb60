import { newId, nowIso } from '@shared/ids';
import type { Project } from '@shared/model/project';
import {
  duplicateScenario,
  newPricingScenario,
  type PricingScenario,
  type PricingScenarioDetails,
  renamePricingScenario,
  updatePricingScenario,
} from '@shared/pricing';
import type { ClienteleDatabase } from './database';

/** Named operations on pricing scenarios. Callers parse the form first (parsePricingDraft). */

const gone = 'This scenario no longer exists; it may have been deleted.';

/** Every scenario, most recently changed first. */
export async function listScenarios(db: ClienteleDatabase): Promise<PricingScenario[]> {
  return db.pricingScenarios.orderBy('updatedAt').reverse().toArray();
}

/** The scenarios with these ids, in the order given; ids that no longer exist are left out. */
export async function getScenarios(
  db: ClienteleDatabase,
  ids: readonly string[],
): Promise<PricingScenario[]> {
  const found = await db.pricingScenarios.bulkGet([...ids]);
  return found.filter((scenario): scenario is PricingScenario => scenario !== undefined);
}

export async function createScenario(
  db: ClienteleDatabase,
  details: PricingScenarioDetails,
  now: Date = new Date(),
): Promise<string> {
  const scenario = newPricingScenario(details, now);
  await db.pricingScenarios.add(scenario);
  return scenario.id;
}

export async function saveScenario(
  db: ClienteleDatabase,
  id: string,
  details: PricingScenarioDetails,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction('rw', db.pricingScenarios, async () => {
    const existing = await db.pricingScenarios.get(id);
    if (!existing) throw new Error(gone);
    await db.pricingScenarios.put(updatePricingScenario(existing, details, now));
  });
}

/** Renames a scenario; returns the problem in words when the name is empty. */
export async function renameScenario(
  db: ClienteleDatabase,
  id: string,
  name: string,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; error: string }> {
  return db.transaction('rw', db.pricingScenarios, async () => {
    const existing = await db.pricingScenarios.get(id);
    if (!existing) throw new Error(gone);
    const result = renamePricingScenario(existing, name, now);
    if (!result.ok) return result;
    await db.pricingScenarios.put(result.scenario);
    return { ok: true as const };
  });
}

/** A what-if copy named "… (copy)", numbered past the names in use; returns its id. */
export async function duplicateSavedScenario(
  db: ClienteleDatabase,
  id: string,
  now: Date = new Date(),
): Promise<string> {
  return db.transaction('rw', db.pricingScenarios, async () => {
    const existing = await db.pricingScenarios.get(id);
    if (!existing) throw new Error(gone);
    const names: string[] = [];
    await db.pricingScenarios.each((scenario) => {
      names.push(scenario.name);
    });
    const copy = duplicateScenario(existing, now, names);
    await db.pricingScenarios.add(copy);
    return copy.id;
  });
}

/** Moves a scenario to the trash in one transaction; returns the trash entry id for undo. */
export async function deleteScenario(
  db: ClienteleDatabase,
  id: string,
  now: Date = new Date(),
): Promise<string> {
  return db.transaction('rw', db.pricingScenarios, db.trash, async () => {
    const scenario = await db.pricingScenarios.get(id);
    if (!scenario) throw new Error('This scenario no longer exists; it may have been deleted already.');
    const trashId = newId();
    await db.trash.add({
      id: trashId,
      deletedAt: nowIso(now),
      label: scenario.name,
      clients: [],
      projects: [],
      pricingScenarios: [scenario],
    });
    await db.pricingScenarios.delete(id);
    return trashId;
  });
}

/** Past projects of a service type, for the price reference; none when no type is linked. */
export async function projectsOfServiceType(
  db: ClienteleDatabase,
  serviceTypeId: string,
): Promise<Project[]> {
  if (serviceTypeId === '') return [];
  return db.projects.where('serviceTypeId').equals(serviceTypeId).toArray();
}

/** One scenario; undefined when there is no such scenario. */
export function getScenario(db: ClienteleDatabase, id: string): Promise<PricingScenario | undefined> {
  return db.pricingScenarios.get(id);
}
