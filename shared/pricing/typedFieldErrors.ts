import type { FieldErrors } from '../validation/fieldErrors';
import type { CostLineDraft, PricingScenarioDraft } from './draft';

const lineFields = [
  'label',
  'amount',
  'hours',
  'hourlyRate',
] as const satisfies readonly (keyof CostLineDraft)[];
type LineField = (typeof lineFields)[number];

/**
 * The text typed at a field path ("pricePerUnit", "fixedCosts.2.amount"); undefined for a path
 * that is not a single typed field, like a whole section ("fixedCosts").
 */
export function draftTextAt(draft: PricingScenarioDraft, path: string): string | undefined {
  const [head, index, field] = path.split('.');
  if (head === 'fixedCosts' || head === 'variableCosts') {
    if (index === undefined || field === undefined || !lineFields.includes(field as LineField))
      return undefined;
    return draft[head][Number(index)]?.[field as LineField];
  }
  if (head === 'name' || head === 'currency' || head === 'pricePerUnit' || head === 'expectedUnitsPerMonth') {
    return index === undefined ? draft[head] : undefined;
  }
  return undefined;
}

/**
 * The errors to show while the user is still typing, before any save: a problem with what was
 * typed ("-5", "abc") shows at once, but "enter the price" waits for a save, so a new form
 * does not open covered in red. Problems with a whole section (totals too large) show at once.
 */
export function typedFieldErrors(draft: PricingScenarioDraft, errors: FieldErrors): FieldErrors {
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const text = draftTextAt(draft, path);
    if (text === undefined || text.trim() !== '') shown[path] = message;
  }
  return shown;
}
