import { useEffect, useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { saveSettings } from '../../db/settingsRepository';
import { showError, showToast } from '../../state/toastStore';
import { TextField } from '../../ui/Field';

/** How many days after sending a survey "reminder due" shows; and where the business name comes from. */
export function ReminderSetting() {
  const settings = useSettings();
  const [days, setDays] = useState(String(settings.surveyReminderAfterDays));
  const [error, setError] = useState('');
  useEffect(() => setDays(String(settings.surveyReminderAfterDays)), [settings.surveyReminderAfterDays]);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const value = Number(days.trim());
    if (!Number.isInteger(value) || value < 1 || value > 365) {
      setError('Enter a whole number of days from 1 to 365.');
      return;
    }
    setError('');
    try {
      await saveSettings(db, { surveyReminderAfterDays: value });
      showToast(`Saved: reminders are due after ${value} days.`);
    } catch (failure) {
      showError(failure);
    }
  };
  return (
    <form
      className="card survey-settings"
      onSubmit={save}
      noValidate
      aria-labelledby="survey-settings-heading"
    >
      <h2 id="survey-settings-heading">Survey settings</h2>
      <p className="muted">
        Surveys name your business as “{settings.ownName.trim() || 'our business'}”: change it in Settings,
        under “Your name or business name”.
      </p>
      <div className="inline-form">
        <TextField
          id="survey-reminder-days"
          label="Reminder due after this many days without an answer"
          inputMode="numeric"
          value={days}
          error={error}
          onChange={setDays}
        />
        <button type="submit" className="button">
          Save
        </button>
      </div>
    </form>
  );
}
