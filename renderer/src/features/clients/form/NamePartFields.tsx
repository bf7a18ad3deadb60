import type { ContactPerson } from '@shared/model/client';
import { TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';

export type NamePart = 'prefix' | 'middleName' | 'suffix' | 'nickname';

const parts: { part: NamePart; label: string }[] = [
  { part: 'prefix', label: 'Name prefix (Dr., Ms.)' },
  { part: 'middleName', label: 'Middle names' },
  { part: 'suffix', label: 'Name suffix (Jr., PhD)' },
  { part: 'nickname', label: 'Nickname' },
];

/** The name parts beyond given and family name, as address books keep them. */
export function NamePartFields({
  person,
  path,
  onChange,
}: {
  person: ContactPerson;
  path: string;
  onChange: (part: NamePart, value: string) => void;
}) {
  return (
    <>
      {parts.map(({ part, label }) => (
        <TextField
          key={part}
          id={fieldId(`${path}.${part}`)}
          label={label}
          autoComplete="off"
          value={person[part] ?? ''}
          onChange={(value) => onChange(part, value)}
        />
      ))}
    </>
  );
}
