import {
  acquisitionChannelLabels,
  acquisitionChannels,
  type ClientSource,
  type ContactMethod,
  contactMethodLabels,
  contactMethods,
} from '@shared/model/client';
import { maxLengths } from '@shared/validation/lengthLimits';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { ClientFormPartProps } from './formTypes';
import { PermissionFields } from './PermissionFields';

const channelOptions = [
  { value: '' as const, label: 'Not recorded' },
  ...acquisitionChannels.map((channel) => ({ value: channel, label: acquisitionChannelLabels[channel] })),
];

const methodOptions = [
  { value: '' as const, label: 'No preference' },
  ...contactMethods.map((method) => ({ value: method, label: contactMethodLabels[method] })),
];

interface RelationshipFieldsetProps extends ClientFormPartProps {
  today: string;
}

export function RelationshipFieldset({ draft, update, errors, today }: RelationshipFieldsetProps) {
  const { details } = draft;
  return (
    <fieldset className="form-section">
      <legend>Relationship</legend>
      <div className="form-grid">
        <SelectField<ClientSource['channel']>
          id={fieldId('source.channel')}
          label="How they found you"
          value={details.source.channel}
          options={channelOptions}
          onChange={(value) =>
            update((next) => {
              next.details.source.channel = value;
            })
          }
        />
        <TextField
          id={fieldId('source.detail')}
          maxLength={maxLengths.sourceDetail}
          label="Details of how they found you"
          placeholder="Referred by Ana Ruiz"
          value={details.source.detail}
          onChange={(value) =>
            update((next) => {
              next.details.source.detail = value;
            })
          }
        />
        <SelectField<ContactMethod | ''>
          id={fieldId('preferredContact')}
          label="Preferred way to be contacted"
          value={details.preferredContact}
          options={methodOptions}
          error={errors.preferredContact}
          onChange={(value) =>
            update((next) => {
              next.details.preferredContact = value;
            })
          }
        />
        <div className="verified-field">
          <TextField
            id={fieldId('verifiedOn')}
            label="Details last verified on"
            type="date"
            max={today}
            value={details.verifiedOn}
            error={errors.verifiedOn}
            onChange={(value) =>
              update((next) => {
                next.details.verifiedOn = value;
              })
            }
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              update((next) => {
                next.details.verifiedOn = today;
              })
            }
          >
            Verified today
          </button>
        </div>
      </div>
      <PermissionFields draft={draft} update={update} />
      <fieldset className="checkbox-group">
        <legend className="visually-hidden">Permissions</legend>
        <CheckboxField
          id={fieldId('doNotContact')}
          label="Do not contact"
          hint="Keeps the client out of mailing lists and holiday cards."
          checked={details.doNotContact}
          onChange={(checked) =>
            update((next) => {
              next.details.doNotContact = checked;
            })
          }
        />
      </fieldset>
    </fieldset>
  );
}
