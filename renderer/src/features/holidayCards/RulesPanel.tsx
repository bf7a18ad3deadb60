import {
  exclusionCounts,
  exclusionReasonLabels,
  exclusionReasons,
  type MailingRules,
} from '@shared/holidayCards';
import { type Client, clientKindLabels, clientKinds } from '@shared/model/client';
import { useMemo } from 'react';
import { CheckboxField, SelectField } from '../../ui/Field';
import { useListEdit } from './SentListLock';
import type { MailingOverviewState } from './useMailingOverview';

const yearChoices = [1, 2, 3, 5, 10];

function businessOptions(current: number | null) {
  const years = current === null || yearChoices.includes(current) ? yearChoices : [...yearChoices, current];
  return [
    { value: 'any', label: 'Any time, or never' },
    ...[...years]
      .sort((a, b) => a - b)
      .map((year) => ({
        value: String(year),
        label: year === 1 ? 'In the last year' : `In the last ${year} years`,
      })),
  ];
}

function tagsInUse(clients: readonly Client[], chosen: readonly string[]): string[] {
  const tags = new Set(chosen);
  for (const client of clients) for (const tag of client.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

interface RulesPanelProps {
  /** The rules as the controls show them (a change may still be on its way to the database). */
  rules: MailingRules;
  onChange: (rules: MailingRules) => void;
  clients: readonly Client[];
  overview: MailingOverviewState;
}

/** The rules that pick the list's clients, with live counts; each change is saved at once. */
export function RulesPanel({ rules, onChange, clients, overview }: RulesPanelProps) {
  const tags = useMemo(() => tagsInUse(clients, rules.tags), [clients, rules.tags]);
  const counts = exclusionCounts(overview.selection);
  const leftOut = overview.selection.excluded.length;
  const edit = useListEdit();
  const save = (change: Partial<MailingRules>) => edit(() => onChange({ ...rules, ...change }));
  const toggle = <T,>(values: readonly T[], value: T, on: boolean) =>
    on ? [...values.filter((each) => each !== value), value] : values.filter((each) => each !== value);

  return (
    <section className="card rules-panel" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Who gets a card</h2>
      <div className="rules-panel__counts" aria-live="polite">
        <p>
          <strong>{overview.recipientClientIds.length.toLocaleString()}</strong> on the list ·{' '}
          <strong>{leftOut.toLocaleString()}</strong> left out
        </p>
        {leftOut > 0 && (
          <ul className="plain-list rules-panel__reasons" aria-label="Left out because">
            {exclusionReasons
              .filter((reason) => counts[reason])
              .map((reason) => (
                <li key={reason}>
                  {exclusionReasonLabels[reason]}: {counts[reason]?.toLocaleString()}
                </li>
              ))}
          </ul>
        )}
      </div>
      <fieldset className="checkbox-group">
        <legend>Kinds of client</legend>
        {clientKinds.map((kind) => (
          <CheckboxField
            key={kind}
            id={`rule-kind-${kind}`}
            label={clientKindLabels[kind]}
            checked={rules.kinds.includes(kind)}
            onChange={(checked) => save({ kinds: toggle(rules.kinds, kind, checked) })}
          />
        ))}
      </fieldset>
      <SelectField
        id="rule-business-within"
        label="Did business with you"
        hint="A project that went ahead, counted back from today."
        value={rules.businessWithinYears === null ? 'any' : String(rules.businessWithinYears)}
        options={businessOptions(rules.businessWithinYears)}
        onChange={(value) => save({ businessWithinYears: value === 'any' ? null : Number(value) })}
      />
      {tags.length > 0 && (
        <fieldset className="checkbox-group">
          <legend>Tags</legend>
          <p className="field__hint">Tick tags to take only clients with one of them.</p>
          {tags.map((tag, index) => (
            <CheckboxField
              key={tag}
              id={`rule-tag-${index}`}
              label={tag}
              checked={rules.tags.includes(tag)}
              onChange={(checked) => save({ tags: toggle(rules.tags, tag, checked) })}
            />
          ))}
        </fieldset>
      )}
      <fieldset className="checkbox-group">
        <legend>Checks</legend>
        <CheckboxField
          id="rule-complete-address"
          label="Only clients with a complete postal address"
          checked={rules.requireCompleteAddress}
          onChange={(requireCompleteAddress) => save({ requireCompleteAddress })}
        />
        <CheckboxField
          id="rule-respect-opt-outs"
          label="Leave out clients who opted out of post or asked not to be contacted"
          hint="They stay off even when added by hand."
          checked={rules.excludeNoPost}
          onChange={(excludeNoPost) => save({ excludeNoPost })}
        />
      </fieldset>
    </section>
  );
}
