import { maxLengths } from '@shared/validation/lengthLimits';
import { TextAreaField, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { ClientFormPartProps } from './formTypes';

export function TagsNotesFieldset({ draft, update }: ClientFormPartProps) {
  return (
    <fieldset className="form-section">
      <legend>Tags and notes</legend>
      <TextField
        id={fieldId('tags')}
        label="Tags"
        hint="Separate tags with commas, e.g. vip, retainer."
        value={draft.tagsText}
        onChange={(value) =>
          update((next) => {
            next.tagsText = value;
          })
        }
      />
      <TextAreaField
        id={fieldId('notes')}
        maxLength={maxLengths.notes}
        label="Notes"
        value={draft.details.notes}
        onChange={(value) =>
          update((next) => {
            next.details.notes = value;
          })
        }
      />
    </fieldset>
  );
}
