import { type PermissionChoice, permissionChoice, permissionOfChoice } from '@shared/clients/permissions';
import type { ContactPermissions } from '@shared/model/client';
import { SelectField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { ClientFormPartProps } from './formTypes';

const choiceOptions = (yes: string, no: string) => [
  { value: 'yes' as const, label: yes },
  { value: 'no' as const, label: no },
  { value: 'unknown' as const, label: 'Not known yet: ask first' },
];

const channels: { key: keyof ContactPermissions; label: string; yes: string; no: string }[] = [
  { key: 'email', label: 'May be emailed', yes: 'Yes, may be emailed', no: 'No email' },
  { key: 'post', label: 'May be sent post', yes: 'Yes, may be sent post', no: 'No post' },
];

/** Email and post permission: yes, no, or not known (imported contacts start there). */
export function PermissionFields({ draft, update }: Pick<ClientFormPartProps, 'draft' | 'update'>) {
  const { permissions } = draft.details;
  return (
    <div className="form-grid permission-fields">
      {channels.map((channel) => (
        <SelectField<PermissionChoice>
          key={channel.key}
          id={fieldId(`permissions.${channel.key}`)}
          label={channel.label}
          value={permissionChoice(permissions[channel.key])}
          options={choiceOptions(channel.yes, channel.no)}
          onChange={(choice) =>
            update((next) => {
              next.details.permissions[channel.key] = permissionOfChoice(choice);
            })
          }
        />
      ))}
    </div>
  );
}
