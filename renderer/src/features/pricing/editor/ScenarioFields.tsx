import type { ServiceType } from '@shared/model/project';
import { parseMoney } from '@shared/money/money';
import type { PricingScenarioDraft } from '@shared/pricing';
import type { FieldErrors } from '@shared/validation/fieldErrors';
import { currencyOptions } from '../../../ui/currencyOptions';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import { CostLinesFieldset } from './CostLinesFieldset';
import { PriceReference } from './PriceReference';

interface ScenarioFieldsProps {
  draft: PricingScenarioDraft;
  errors: FieldErrors;
  update: (change: (draft: PricingScenarioDraft) => void) => void;
  /** A saved scenario is renamed with Rename; a new one is named here. */
  showName: boolean;
  serviceTypes: readonly ServiceType[];
  homeCurrency: string;
}

/** Every input of a scenario: what is priced, the costs line by line, the price and volume. */
export function ScenarioFields({
  draft,
  errors,
  update,
  showName,
  serviceTypes,
  homeCurrency,
}: ScenarioFieldsProps) {
  const set =
    <K extends 'name' | 'serviceTypeId' | 'currency' | 'pricePerUnit' | 'expectedUnitsPerMonth' | 'notes'>(
      key: K,
    ) =>
    (value: PricingScenarioDraft[K]) =>
      update((next) => {
        next[key] = value;
      });
  const serviceTypeOptions = [
    { value: '', label: 'Nothing linked' },
    ...serviceTypes.map((type) => ({ value: type.id, label: type.name })),
  ];
  if (draft.serviceTypeId !== '' && !serviceTypes.some((type) => type.id === draft.serviceTypeId)) {
    serviceTypeOptions.push({ value: draft.serviceTypeId, label: 'A service type that no longer exists' });
  }
  const serviceTypeName = serviceTypes.find((type) => type.id === draft.serviceTypeId)?.name ?? '';
  const price = parseMoney(draft.pricePerUnit, draft.currency);

  return (
    <>
      <fieldset className="form-section">
        <legend>What is priced</legend>
        <div className="form-grid">
          {showName && (
            <TextField
              id={fieldId('name')}
              label="Scenario name"
              placeholder="Half-day workshop"
              value={draft.name}
              error={errors.name}
              onChange={set('name')}
            />
          )}
          <SelectField
            id={fieldId('serviceTypeId')}
            label="Service type"
            hint="Optional. Links the price to what past projects of this kind were billed."
            value={draft.serviceTypeId}
            options={serviceTypeOptions}
            onChange={set('serviceTypeId')}
          />
          <SelectField
            id={fieldId('currency')}
            label="Currency"
            value={draft.currency}
            options={currencyOptions(homeCurrency)}
            error={errors.currency}
            onChange={set('currency')}
          />
        </div>
      </fieldset>
      <CostLinesFieldset section="fixedCosts" draft={draft} errors={errors} update={update} />
      <CostLinesFieldset section="variableCosts" draft={draft} errors={errors} update={update} />
      <fieldset className="form-section">
        <legend>Price and volume</legend>
        <div className="pricing-price">
          <div className="pricing-price__fields">
            <TextField
              autoComplete="off"
              inputMode="decimal"
              id={fieldId('pricePerUnit')}
              label="Price per unit"
              placeholder="0.00"
              hint={`What one sale brings in, in ${draft.currency}.`}
              value={draft.pricePerUnit}
              error={errors.pricePerUnit}
              onChange={set('pricePerUnit')}
            />
            <TextField
              autoComplete="off"
              id={fieldId('expectedUnitsPerMonth')}
              label="Expected sales a month"
              inputMode="numeric"
              hint="Optional. For the profit per month and the months to break even."
              value={draft.expectedUnitsPerMonth}
              error={errors.expectedUnitsPerMonth}
              onChange={set('expectedUnitsPerMonth')}
            />
          </div>
          <PriceReference
            serviceTypeId={draft.serviceTypeId}
            serviceTypeName={serviceTypeName}
            currency={draft.currency}
            priceMinor={price.ok && price.amountMinor >= 0 ? price.amountMinor : null}
          />
        </div>
      </fieldset>
      <div className="form-section">
        <TextAreaField
          id={fieldId('notes')}
          label="Notes"
          hint="Assumptions, sources, what to check. Printed on the summary."
          rows={3}
          value={draft.notes}
          onChange={set('notes')}
        />
      </div>
    </>
  );
}
