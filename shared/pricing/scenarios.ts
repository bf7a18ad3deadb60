import { newId, nowIso } from '../ids';
import type { CostLine, PricingScenario, PricingScenarioDetails } from './model';

function copyLines(lines: readonly CostLine[]): CostLine[] {
  return lines.map((line) => ({ ...line }));
}

/** A new record from parsed details. */
export function newPricingScenario(
  details: PricingScenarioDetails,
  now: Date,
  id: string = newId(),
): PricingScenario {
  const stamp = nowIso(now);
  return {
    ...details,
    fixedCosts: copyLines(details.fixedCosts),
    variableCosts: copyLines(details.variableCosts),
    id,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The record after an edit: same id and creation time, new details. */
export function updatePricingScenario(
  scenario: PricingScenario,
  details: PricingScenarioDetails,
  now: Date,
): PricingScenario {
  return { ...newPricingScenario(details, now, scenario.id), createdAt: scenario.createdAt };
}

export type RenameResult = { ok: true; scenario: PricingScenario } | { ok: false; error: string };

export function renamePricingScenario(scenario: PricingScenario, name: string, now: Date): RenameResult {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, error: 'Give the scenario a name.' };
  return { ok: true, scenario: { ...scenario, name: trimmed, updatedAt: nowIso(now) } };
}

/** "Workshop" → "Workshop (copy)"; "Workshop (copy)" → "Workshop (copy 2)", and so on. */
export function copyName(name: string, takenNames: readonly string[] = []): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const taken = new Set(takenNames);
  let candidate = `${base} (copy)`;
  for (let number = 2; taken.has(candidate) || candidate === name; number += 1) {
    candidate = `${base} (copy ${number})`;
  }
  return candidate;
}

/**
 * A what-if copy to change values in: a new id and times, "… (copy)" as its name (numbered
 * past the names already taken), and its own cost lines, so editing one leaves the other be.
 */
export function duplicateScenario(
  scenario: PricingScenario,
  now: Date,
  takenNames: readonly string[] = [],
  id: string = newId(),
): PricingScenario {
  const { id: _oldId, createdAt: _created, updatedAt: _updated, ...details } = scenario;
  return newPricingScenario({ ...details, name: copyName(scenario.name, takenNames) }, now, id);
}
