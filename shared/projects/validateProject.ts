import { isValidIsoDate } from '../dates/isoDate';
import type { ProjectDetails } from '../model/project';
import { isKnownCurrency } from '../money/money';
import type { FieldErrors } from '../validation/fieldErrors';

const dateFields = [
  ['startDate', 'start date'],
  ['endDate', 'end date'],
  ['finalInvoiceDate', 'final invoice date'],
] as const;

/** Checks a project's details; every problem is reported at its field, in words. */
export function validateProject(details: ProjectDetails): FieldErrors {
  const errors: FieldErrors = {};
  if (details.title.trim() === '') errors.title = 'Enter a title for the project.';
  if (details.clientId === '') errors.clientId = 'Choose the client this project is for.';
  for (const [field, label] of dateFields) {
    const value = details[field];
    if (value !== '' && !isValidIsoDate(value)) errors[field] = `The ${label} is not a real date.`;
  }
  if (!errors.startDate && !errors.endDate && details.startDate && details.endDate) {
    if (details.endDate < details.startDate) errors.endDate = 'The end date is before the start date.';
  }
  if (
    details.status === 'completed' &&
    details.startDate === '' &&
    details.endDate === '' &&
    details.finalInvoiceDate === ''
  ) {
    errors.endDate = 'A completed project needs at least one date, so it counts in the right year.';
  }
  if (!isKnownCurrency(details.amount.currency)) {
    errors['amount.currency'] = `"${details.amount.currency}" is not a currency code.`;
  }
  if (!Number.isSafeInteger(details.amount.amountMinor)) {
    errors['amount.amountMinor'] = 'Enter the amount as a number.';
  } else if (details.amount.amountMinor < 0) {
    errors['amount.amountMinor'] = 'The amount cannot be negative.';
  }
  return errors;
}
