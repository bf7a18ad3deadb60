import { isValidIsoDate } from '../dates/isoDate';
import { type TouchDetails, touchKinds } from '../model/touch';
import type { FieldErrors } from '../validation/fieldErrors';

/** Checks a touch as the user entered it; every problem is reported at its field, in words. */
export function validateTouch(details: TouchDetails): FieldErrors {
  const errors: FieldErrors = {};
  if (!touchKinds.includes(details.kind)) errors.kind = 'Choose what kind of touch this was.';
  if (!isValidIsoDate(details.date)) errors.date = 'Enter the date as a real date (YYYY-MM-DD).';
  if (details.summary.trim() === '') errors.summary = 'Write a short summary: what was it about?';
  if (details.followUp) {
    if (!isValidIsoDate(details.followUp.dueOn)) {
      errors['followUp.dueOn'] = 'Enter the follow-up date as a real date (YYYY-MM-DD).';
    }
    if (details.followUp.action.trim() === '') {
      errors['followUp.action'] = 'Say what to do when the follow-up comes due.';
    }
  }
  return errors;
}
