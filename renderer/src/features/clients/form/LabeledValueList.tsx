import type { LabeledValue } from '@shared/model/client';
import { SelectField, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';

interface LabeledValueListProps {
  /** Validation path of the list, e.g. "contacts.0.emails". */
  path: string;
  /** "Email" or "Phone". */
  noun: string;
  /** Whose values these are, so every control's name is unique on the page ("Ana Ruiz"). */
  owner: string;
  values: LabeledValue[];
  labels: readonly string[];
  type: 'email' | 'tel';
  errors: Record<string, string>;
  onChange: (values: LabeledValue[]) => void;
}

/** Emails or phone numbers of a person: each with a label, addable and removable. */
export function LabeledValueList({
  path,
  noun,
  owner,
  values,
  labels,
  type,
  errors,
  onChange,
}: LabeledValueListProps) {
  const replace = (index: number, entry: LabeledValue) =>
    onChange(values.map((value, at) => (at === index ? entry : value)));
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  const labelOptions = labels.map((label) => ({
    value: label,
    label: label.charAt(0).toUpperCase() + label.slice(1),
  }));
  return (
    <div className="labeled-values">
      {values.map((entry, index) => {
        const entryPath = `${path}.${index}`;
        const number = values.length > 1 ? ` ${index + 1}` : '';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is the identity
          <div className="labeled-values__row" key={index}>
            <TextField
              id={fieldId(`${entryPath}.value`)}
              label={`${noun}${number} of ${owner}`}
              type={type}
              autoComplete={type === 'email' ? 'email' : 'tel'}
              value={entry.value}
              error={errors[`${entryPath}.value`]}
              onChange={(value) => replace(index, { ...entry, value })}
            />
            <SelectField
              id={fieldId(`${entryPath}.label`)}
              label={`Label of ${noun.toLowerCase()}${number}`}
              value={labels.includes(entry.label) ? entry.label : (labels[0] ?? '')}
              options={labelOptions}
              onChange={(label) => replace(index, { ...entry, label })}
              className="labeled-values__label"
            />
            <button
              type="button"
              className="button button--quiet labeled-values__remove"
              aria-label={`Remove ${noun.toLowerCase()}${number} of ${owner}`}
              onClick={() => onChange(values.filter((_, at) => at !== index))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onChange([...values, { label: labels[0] ?? '', value: '' }])}
      >
        {values.length > 0 ? `Add another ${noun.toLowerCase()}` : `Add ${article} ${noun.toLowerCase()}`}
        <span className="visually-hidden"> for {owner}</span>
      </button>
    </div>
  );
}
