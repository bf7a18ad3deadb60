import type { ActivityDraft } from '@shared/insights/activityDraft';
import type { ReachMeasure } from '@shared/model/marketing';

interface ActivityListFieldsProps {
  draft: ActivityDraft;
  errors: Record<string, string>;
  currency: string;
  today: string;
  measures: [ReachMeasure, string][];
  onChange: (draft: ActivityDraft) => void;
}

/** The itemised spend and the reach figures over time: rows added and removed by hand. */
export function ActivityListFields({
  draft,
  errors,
  currency,
  today,
  measures,
  onChange,
}: ActivityListFieldsProps) {
  const setSpend = (index: number, field: 'label' | 'amount', value: string) =>
    onChange({
      ...draft,
      spend: draft.spend.map((item, i) => (i === index ? { ...item, [field]: value } : item)),
    });
  const setReach = (index: number, field: 'date' | 'measure' | 'count', value: string) =>
    onChange({
      ...draft,
      reach: draft.reach.map((figure, i) => (i === index ? { ...figure, [field]: value } : figure)),
    });
  return (
    <>
      <fieldset className="activity-list">
        <legend>Money spent ({currency})</legend>
        {draft.spend.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
          <div className="form-row" key={index}>
            <label>
              What <span className="visually-hidden">{index + 1}</span>
              <input
                value={item.label}
                onChange={(event) => setSpend(index, 'label', event.target.value)}
                aria-invalid={Boolean(errors[`spend.${index}.label`])}
              />
              {errors[`spend.${index}.label`] && (
                <span className="field__error">{errors[`spend.${index}.label`]}</span>
              )}
            </label>
            <label>
              Amount <span className="visually-hidden">{index + 1}</span>
              <input
                inputMode="decimal"
                value={item.amount}
                onChange={(event) => setSpend(index, 'amount', event.target.value)}
                aria-invalid={Boolean(errors[`spend.${index}.amount`])}
              />
              {errors[`spend.${index}.amount`] && (
                <span className="field__error">{errors[`spend.${index}.amount`]}</span>
              )}
            </label>
            <button
              type="button"
              className="button"
              onClick={() => onChange({ ...draft, spend: draft.spend.filter((_, i) => i !== index) })}
            >
              Remove <span className="visually-hidden">cost {index + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => onChange({ ...draft, spend: [...draft.spend, { label: '', amount: '' }] })}
        >
          Add a cost
        </button>
      </fieldset>
      <fieldset className="activity-list">
        <legend>Reach over time</legend>
        {draft.reach.map((figure, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
          <div className="form-row" key={index}>
            <label>
              On <span className="visually-hidden">figure {index + 1}</span>
              <input
                type="date"
                value={figure.date}
                onChange={(event) => setReach(index, 'date', event.target.value)}
                aria-invalid={Boolean(errors[`reach.${index}.date`])}
              />
              {errors[`reach.${index}.date`] && (
                <span className="field__error">{errors[`reach.${index}.date`]}</span>
              )}
            </label>
            <label>
              Measure <span className="visually-hidden">{index + 1}</span>
              <select
                value={figure.measure}
                onChange={(event) => setReach(index, 'measure', event.target.value)}
              >
                {measures.map(([measure, label]) => (
                  <option key={measure} value={measure}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Count <span className="visually-hidden">{index + 1}</span>
              <input
                inputMode="numeric"
                value={figure.count}
                onChange={(event) => setReach(index, 'count', event.target.value)}
                aria-invalid={Boolean(errors[`reach.${index}.count`])}
              />
              {errors[`reach.${index}.count`] && (
                <span className="field__error">{errors[`reach.${index}.count`]}</span>
              )}
            </label>
            <button
              type="button"
              className="button"
              onClick={() => onChange({ ...draft, reach: draft.reach.filter((_, i) => i !== index) })}
            >
              Remove <span className="visually-hidden">figure {index + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({ ...draft, reach: [...draft.reach, { date: today, measure: 'attendees', count: '' }] })
          }
        >
          Add a reach figure
        </button>
      </fieldset>
    </>
  );
}
