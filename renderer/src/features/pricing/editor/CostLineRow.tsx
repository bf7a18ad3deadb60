import {
  type CostLineDraft,
  type CostLineKind,
  costLineKindLabels,
  formatAmount,
  labourDraftMinor,
} from '@shared/pricing';
import type { FieldErrors } from '@shared/validation/fieldErrors';
import { FieldFrame, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';

export type CostSection = 'fixedCosts' | 'variableCosts';

export const costSectionNouns: Record<CostSection, string> = {
  fixedCosts: 'fixed cost',
  variableCosts: 'variable cost',
};

interface CostLineRowProps {
  section: CostSection;
  index: number;
  line: CostLineDraft;
  currency: string;
  errors: FieldErrors;
  onChange: (change: (line: CostLineDraft) => void) => void;
  onRemove: () => void;
}

const kinds = Object.entries(costLineKindLabels) as [CostLineKind, string][];

/** One cost: what it is, and an amount or your own time as hours × hourly rate. */
export function CostLineRow({
  section,
  index,
  line,
  currency,
  errors,
  onChange,
  onRemove,
}: CostLineRowProps) {
  const path = `${section}.${index}`;
  const owner = `${costSectionNouns[section]} ${index + 1}`;
  const of = <span className="visually-hidden"> of {owner}</span>;
  const labour = labourDraftMinor(line, currency);
  const set = (field: 'label' | 'amount' | 'hours' | 'hourlyRate') => (value: string) =>
    onChange((next) => {
      next[field] = value;
    });
  return (
    <li className={`cost-line cost-line--${line.kind}`}>
      <FieldFrame
        id={fieldId(`${path}.label`)}
        label={<>Description{of}</>}
        error={errors[`${path}.label`]}
        className="cost-line__label"
      >
        {(describedBy) => (
          <input
            id={fieldId(`${path}.label`)}
            type="text"
            autoComplete="off"
            placeholder={section === 'fixedCosts' ? 'Venue hire' : 'Materials'}
            value={line.label}
            onChange={(event) => set('label')(event.target.value)}
            aria-invalid={errors[`${path}.label`] ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </FieldFrame>
      <FieldFrame id={fieldId(`${path}.kind`)} label={<>Kind{of}</>} className="cost-line__kind">
        {() => (
          <select
            id={fieldId(`${path}.kind`)}
            value={line.kind}
            onChange={(event) =>
              onChange((next) => {
                next.kind = event.target.value as CostLineKind;
              })
            }
          >
            {kinds.map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      {line.kind === 'amount' ? (
        <TextField
          autoComplete="off"
          inputMode="decimal"
          id={fieldId(`${path}.amount`)}
          label={<>Amount{of}</>}
          placeholder="0.00"
          value={line.amount}
          error={errors[`${path}.amount`]}
          onChange={set('amount')}
          className="cost-line__amount"
        />
      ) : (
        <>
          <TextField
            autoComplete="off"
            inputMode="decimal"
            id={fieldId(`${path}.hours`)}
            label={<>Hours{of}</>}
            placeholder="1.5"
            value={line.hours}
            error={errors[`${path}.hours`]}
            onChange={set('hours')}
            className="cost-line__hours"
          />
          <TextField
            autoComplete="off"
            inputMode="decimal"
            id={fieldId(`${path}.hourlyRate`)}
            label={<>Hourly rate{of}</>}
            placeholder="0.00"
            value={line.hourlyRate}
            error={errors[`${path}.hourlyRate`]}
            onChange={set('hourlyRate')}
            className="cost-line__rate"
            hint={labour === null ? undefined : `Comes to ${formatAmount(labour, currency)}`}
          />
        </>
      )}
      <button type="button" className="button button--quiet cost-line__remove" onClick={onRemove}>
        Remove<span className="visually-hidden"> {owner}</span>
      </button>
    </li>
  );
}
