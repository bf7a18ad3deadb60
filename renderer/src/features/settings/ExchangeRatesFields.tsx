import type { PreferencesDraft } from '@shared/settings/preferencesDraft';
import type { FieldErrors } from '@shared/validation/fieldErrors';
import { commonCurrencies } from '../../ui/currencyOptions';
import { TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fieldId';

interface ExchangeRatesFieldsProps {
  draft: PreferencesDraft;
  errors: FieldErrors;
  onChange: (rateTexts: Record<string, string>) => void;
}

/** Optional rates into the home currency, so clients billed in several currencies sort by one total. */
export function ExchangeRatesFields({ draft, errors, onChange }: ExchangeRatesFieldsProps) {
  const home = draft.settings.homeCurrency;
  const currencies = [...new Set([...commonCurrencies, ...Object.keys(draft.rateTexts)])].filter(
    (code) => code !== home,
  );
  return (
    <details className="exchange-rates" open={Object.keys(draft.settings.exchangeRates).length > 0}>
      <summary>Exchange rates (optional)</summary>
      <p className="muted">
        With a rate for each currency a client was billed in, “Total billed” sorts by the total in {home}.
        Without one, it sorts by the client's largest single-currency total.
      </p>
      <div className="form-grid form-grid--rates">
        {currencies.map((currency) => (
          <TextField
            key={currency}
            id={fieldId(`rate.${currency}`)}
            label={`1 ${currency} in ${home}`}
            inputMode="decimal"
            value={draft.rateTexts[currency] ?? ''}
            error={errors[`rate.${currency}`]}
            onChange={(text) => onChange({ ...draft.rateTexts, [currency]: text })}
          />
        ))}
      </div>
    </details>
  );
}
