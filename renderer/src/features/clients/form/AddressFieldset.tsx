import { countryOptions } from '@shared/geo/countries';
import { maxLengths } from '@shared/validation/lengthLimits';
import { SelectField, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { ClientFormPartProps } from './formTypes';

const countries = [
  { value: '', label: 'Not set' },
  ...countryOptions().map(({ code, name }) => ({ value: code, label: name })),
];

export function AddressFieldset({ draft, update, errors }: ClientFormPartProps) {
  const { address } = draft.details;
  const setLine = (index: number, value: string) =>
    update((next) => {
      const lines = [...next.details.address.lines];
      while (lines.length <= index) lines.push('');
      lines[index] = value;
      next.details.address.lines = lines;
    });
  return (
    <fieldset className="form-section">
      <legend>Postal address</legend>
      <div className="form-grid">
        <TextField
          id={fieldId('address.lines.0')}
          maxLength={maxLengths.addressLine}
          label="Street address"
          autoComplete="address-line1"
          value={address.lines[0] ?? ''}
          onChange={(value) => setLine(0, value)}
          className="form-grid__wide"
        />
        <TextField
          id={fieldId('address.lines.1')}
          maxLength={maxLengths.addressLine}
          label="Address line 2"
          hint="Building, floor, department: optional."
          autoComplete="address-line2"
          value={address.lines[1] ?? ''}
          onChange={(value) => setLine(1, value)}
          className="form-grid__wide"
        />
        <TextField
          id={fieldId('address.city')}
          maxLength={maxLengths.city}
          label="City or town"
          autoComplete="address-level2"
          value={address.city}
          onChange={(value) =>
            update((next) => {
              next.details.address.city = value;
            })
          }
        />
        <TextField
          id={fieldId('address.region')}
          maxLength={maxLengths.region}
          label="Region, state or county"
          autoComplete="address-level1"
          value={address.region}
          onChange={(value) =>
            update((next) => {
              next.details.address.region = value;
            })
          }
        />
        <TextField
          id={fieldId('address.postalCode')}
          maxLength={maxLengths.postalCode}
          label="Postal code"
          autoComplete="postal-code"
          value={address.postalCode}
          onChange={(value) =>
            update((next) => {
              next.details.address.postalCode = value;
            })
          }
        />
        <SelectField
          id={fieldId('address.country')}
          label="Country"
          value={address.country}
          options={countries}
          error={errors['address.country']}
          onChange={(value) =>
            update((next) => {
              next.details.address.country = value;
            })
          }
        />
      </div>
    </fieldset>
  );
}
