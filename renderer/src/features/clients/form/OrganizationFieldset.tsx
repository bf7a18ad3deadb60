import { maxLengths } from '@shared/validation/lengthLimits';
import { TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { ClientFormPartProps } from './formTypes';

export function OrganizationFieldset({ draft, update, errors }: ClientFormPartProps) {
  const { kind } = draft.details;
  if (kind === 'b2c') return null;
  return (
    <fieldset className="form-section">
      <legend>{kind === 'b2g' ? 'Government body' : 'Business'}</legend>
      <div className="form-grid">
        <TextField
          id={fieldId('organization')}
          maxLength={maxLengths.organization}
          label={kind === 'b2g' ? 'Name of the body or agency' : 'Business name'}
          value={draft.details.organization}
          required
          autoComplete="organization"
          error={errors.organization}
          onChange={(value) =>
            update((next) => {
              next.details.organization = value;
            })
          }
        />
        <TextField
          id={fieldId('department')}
          label="Department"
          value={draft.details.department ?? ''}
          onChange={(value) =>
            update((next) => {
              next.details.department = value;
            })
          }
        />
        <TextField
          id={fieldId('website')}
          label="Website"
          value={draft.details.website}
          inputMode="url"
          placeholder="example.com"
          error={errors.website}
          onChange={(value) =>
            update((next) => {
              next.details.website = value;
            })
          }
        />
      </div>
    </fieldset>
  );
}
