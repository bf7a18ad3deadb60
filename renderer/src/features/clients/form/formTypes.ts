import type { FieldErrors } from '@shared/validation/fieldErrors';
import type { ClientDraft } from '../../../state/clientDraftStore';

/** What every part of the client form receives: the draft, a way to change it, the errors. */
export interface ClientFormPartProps {
  draft: ClientDraft;
  update: (change: (draft: ClientDraft) => void) => void;
  errors: FieldErrors;
}
