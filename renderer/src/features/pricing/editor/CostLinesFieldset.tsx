import {
  costDraftsTotalMinor,
  emptyCostLineDraft,
  formatAmount,
  type PricingScenarioDraft,
} from '@shared/pricing';
import type { FieldErrors } from '@shared/validation/fieldErrors';
import { useEffect, useRef, useState } from 'react';
import { fieldId } from '../../../ui/fieldId';
import { CostLineRow, type CostSection, costSectionNouns } from './CostLineRow';

interface CostLinesFieldsetProps {
  section: CostSection;
  draft: PricingScenarioDraft;
  errors: FieldErrors;
  update: (change: (draft: PricingScenarioDraft) => void) => void;
}

const texts: Record<CostSection, { legend: string; intro: string; total: string }> = {
  fixedCosts: {
    legend: 'Fixed costs (paid once)',
    intro: 'What it takes before the first sale: preparation, equipment, a website. Counted once.',
    total: 'Total fixed costs',
  },
  variableCosts: {
    legend: 'Variable costs (per unit sold)',
    intro: 'What every sale or delivery costs again: materials, travel, a room for the day.',
    total: 'Variable cost per unit',
  },
};

/** A section of itemised costs: add, change and remove lines, with the section's total. */
export function CostLinesFieldset({ section, draft, errors, update }: CostLinesFieldsetProps) {
  const lines = draft[section];
  const noun = costSectionNouns[section];
  const text = texts[section];
  const totalMinor = costDraftsTotalMinor(lines, draft.currency);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after the list changes: the new line's first field, or the add button.
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addButton.current?.focus();
    else document.getElementById(fieldId(`${section}.${focusTarget}.label`))?.focus();
    setFocusTarget(null);
  }, [focusTarget, section]);

  return (
    <fieldset className="form-section cost-lines">
      <legend>{text.legend}</legend>
      <p className="field__hint">{text.intro}</p>
      {lines.length === 0 ? (
        <p className="form-section__empty">No {noun}s.</p>
      ) : (
        <ol className="cost-lines__list">
          {lines.map((line, index) => (
            <CostLineRow
              // Lines have no ids of their own; the index is what the field paths use too.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              section={section}
              index={index}
              line={line}
              currency={draft.currency}
              errors={errors}
              onChange={(change) =>
                update((next) => {
                  const target = next[section][index];
                  if (target) change(target);
                })
              }
              onRemove={() => {
                update((next) => {
                  next[section].splice(index, 1);
                });
                setFocusTarget('add');
              }}
            />
          ))}
        </ol>
      )}
      <div className="cost-lines__footer">
        <button
          ref={addButton}
          type="button"
          className="button"
          onClick={() => {
            update((next) => {
              next[section].push(emptyCostLineDraft());
            });
            setFocusTarget(lines.length);
          }}
        >
          Add a {noun}
        </button>
        <p className="cost-lines__total" id={fieldId(section)} tabIndex={-1}>
          {text.total}:{' '}
          <strong>{totalMinor === null ? '—' : formatAmount(totalMinor, draft.currency)}</strong>
        </p>
      </div>
      {errors[section] && <p className="field__error">{errors[section]}</p>}
    </fieldset>
  );
}
