import { countryOptions } from '@shared/geo/countries';
import { changedSettings } from '@shared/settings/changedSettings';
import {
  type PreferencesDraft,
  preferencesDraftFrom,
  readPreferencesDraft,
} from '@shared/settings/preferencesDraft';
import { hasErrors } from '@shared/validation/fieldErrors';
import { useState } from 'react';
import { db } from '../../db/appDatabase';
import { saveSettings } from '../../db/settingsRepository';
import { showError, showToast } from '../../state/toastStore';
import { currencyOptions } from '../../ui/currencyOptions';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fieldId';
import { ExchangeRatesFields } from './ExchangeRatesFields';
import { useSettingsDraft } from './useSettingsDraft';

const countries = [
  { value: '', label: 'Not set' },
  ...countryOptions().map(({ code, name }) => ({ value: code, label: name })),
];

export function PreferencesForm() {
  const { opened, draft, setDraft, saved } = useSettingsDraft<PreferencesDraft>(preferencesDraftFrom);
  const [attempt, setAttempt] = useState(0);
  const { settings, errors: currentErrors } = readPreferencesDraft(draft);
  const errors = attempt > 0 ? currentErrors : {};
  const own = draft.settings.ownAddress;
  const setOwn = (change: Partial<typeof own>) =>
    setDraft((d) => ({
      ...d,
      settings: { ...d.settings, ownAddress: { ...d.settings.ownAddress, ...change } },
    }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (hasErrors(currentErrors)) return;
    try {
      saved(await saveSettings(db, changedSettings(opened, settings)));
      showToast('Settings saved.');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">Preferences</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <fieldset className="form-section">
        <legend>Money</legend>
        <SelectField
          id={fieldId('homeCurrency')}
          label="Home currency"
          hint="Totals in the client list are in this currency; amounts in others are shown beside them."
          value={draft.settings.homeCurrency}
          options={currencyOptions(draft.settings.homeCurrency)}
          onChange={(homeCurrency) => setDraft((d) => ({ ...d, settings: { ...d.settings, homeCurrency } }))}
        />
        <ExchangeRatesFields
          draft={draft}
          errors={errors}
          onChange={(rateTexts) => setDraft((d) => ({ ...d, rateTexts }))}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>Badges in the client list</legend>
        <div className="form-grid">
          <TextField
            id={fieldId('repeat')}
            label="Repeat client after this many completed projects"
            inputMode="numeric"
            value={draft.repeatText}
            error={errors.repeat}
            onChange={(repeatText) => setDraft((d) => ({ ...d, repeatText }))}
          />
          <TextField
            id={fieldId('lapsed')}
            label="Lapsed after this many months without a project"
            inputMode="numeric"
            value={draft.lapsedText}
            error={errors.lapsed}
            onChange={(lapsedText) => setDraft((d) => ({ ...d, lapsedText }))}
          />
          <TextField
            id={fieldId('stale')}
            label="Check details after this many months unverified"
            inputMode="numeric"
            value={draft.staleText}
            error={errors.stale}
            onChange={(staleText) => setDraft((d) => ({ ...d, staleText }))}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Your name and address</legend>
        <p className="muted">
          Used for return-address labels; mail to your own country leaves the country off.
        </p>
        <div className="form-grid">
          <TextField
            id={fieldId('ownName')}
            label="Your name or business name"
            value={draft.settings.ownName}
            onChange={(ownName) => setDraft((d) => ({ ...d, settings: { ...d.settings, ownName } }))}
          />
          <TextField
            id={fieldId('ownAddress.lines.0')}
            label="Your street address"
            value={own.lines[0] ?? ''}
            onChange={(line) => setOwn({ lines: [line, ...own.lines.slice(1)] })}
          />
          <TextField
            id={fieldId('ownAddress.lines.1')}
            label="Your address line 2"
            value={own.lines[1] ?? ''}
            onChange={(line) => setOwn({ lines: [own.lines[0] ?? '', line] })}
          />
          <TextField
            id={fieldId('ownAddress.city')}
            label="Your city or town"
            value={own.city}
            onChange={(city) => setOwn({ city })}
          />
          <TextField
            id={fieldId('ownAddress.region')}
            label="Your region or state"
            value={own.region}
            onChange={(region) => setOwn({ region })}
          />
          <TextField
            id={fieldId('ownAddress.postalCode')}
            label="Your postal code"
            value={own.postalCode}
            onChange={(postalCode) => setOwn({ postalCode })}
          />
          <SelectField
            id={fieldId('ownAddress.country')}
            label="Your country"
            value={own.country}
            options={countries}
            onChange={(country) => setOwn({ country })}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save settings
        </button>
      </div>
    </form>
  );
}
