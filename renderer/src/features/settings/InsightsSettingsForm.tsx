import {
  type InsightsThresholdsDraft,
  insightsThresholdsDraftFrom,
  readInsightsThresholdsDraft,
} from '@shared/settings/insightsThresholdsDraft';
import { hasErrors } from '@shared/validation/fieldErrors';
import { useState } from 'react';
import { db } from '../../db/appDatabase';
import { saveSettings } from '../../db/settingsRepository';
import { showError, showToast } from '../../state/toastStore';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fieldId';
import { useSettingsDraft } from './useSettingsDraft';

/** The thresholds behind Home's "due to buy" and the Marketing figures. */
export function InsightsSettingsForm() {
  const { opened, draft, setDraft, saved } = useSettingsDraft(insightsThresholdsDraftFrom);
  const [attempt, setAttempt] = useState(0);
  const currency = opened.homeCurrency;
  const { thresholds, errors: currentErrors } = readInsightsThresholdsDraft(draft, currency);
  const errors = attempt > 0 ? currentErrors : {};
  const set = (change: Partial<InsightsThresholdsDraft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (hasErrors(currentErrors)) return;
    try {
      saved(await saveSettings(db, thresholds));
      showToast('Insights settings saved.');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <form
      className="card settings-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="insights-settings-heading"
    >
      <h2 id="insights-settings-heading">Insights</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <div className="form-grid">
        <TextField
          id={fieldId('dueToBuyLeadWeeks')}
          label="Weeks ahead to list clients due to buy"
          hint="Home lists a client this many weeks before their rhythm says they buy again."
          inputMode="numeric"
          value={draft.dueToBuyLeadWeeks}
          error={errors.dueToBuyLeadWeeks}
          onChange={(dueToBuyLeadWeeks) => set({ dueToBuyLeadWeeks })}
        />
        <TextField
          id={fieldId('marketingWindowMonths')}
          label="Months of revenue counted for marketing"
          hint="A client's revenue in this many months after their first project counts towards the activity that brought them."
          inputMode="numeric"
          value={draft.marketingWindowMonths}
          error={errors.marketingWindowMonths}
          onChange={(marketingWindowMonths) => set({ marketingWindowMonths })}
        />
        <TextField
          id={fieldId('marketingJudgeAfterMonths')}
          label="Months before judging an activity"
          hint="Younger activities show “too early to judge”: clients take time to buy."
          inputMode="numeric"
          value={draft.marketingJudgeAfterMonths}
          error={errors.marketingJudgeAfterMonths}
          onChange={(marketingJudgeAfterMonths) => set({ marketingJudgeAfterMonths })}
        />
        <TextField
          id={fieldId('hourValueMinor')}
          label={`What an hour of your time is worth (${currency})`}
          hint="Counts the hours spent on marketing as a cost. Leave blank to count money only."
          inputMode="decimal"
          value={draft.hourValue}
          error={errors.hourValueMinor}
          onChange={(hourValue) => set({ hourValue })}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save insights settings
        </button>
      </div>
    </form>
  );
}
