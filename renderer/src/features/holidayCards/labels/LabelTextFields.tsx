import { type LabelTextOptions, nameOrderLabels, nameOrders } from '@shared/labels';
import { CheckboxField, SelectField } from '../../../ui/Field';

interface LabelTextFieldsProps {
  options: LabelTextOptions;
  onChange: (options: LabelTextOptions) => void;
}

const nameOrderOptions = nameOrders.map((value) => ({ value, label: nameOrderLabels[value] }));

/** What a mail-merge user expects to choose about the text: titles, name order, capitals. */
export function LabelTextFields({ options, onChange }: LabelTextFieldsProps) {
  return (
    <fieldset className="form-section label-text">
      <legend>Label text</legend>
      <p className="field__hint">The mail-merge file (CSV) lays out its address columns the same way.</p>
      <CheckboxField
        id="label-leave-out-job-titles"
        label="Leave out job titles"
        checked={!options.jobTitles}
        onChange={(leaveOut) => onChange({ ...options, jobTitles: !leaveOut })}
      />
      <SelectField
        id="label-name-order"
        label="Name and organization"
        hint="Germany, France and Japan, for example, put the organization first on business post."
        value={options.nameOrder}
        options={nameOrderOptions}
        onChange={(nameOrder) => onChange({ ...options, nameOrder })}
      />
      <CheckboxField
        id="label-last-line-capitals"
        label="Last line in capitals"
        hint="“BOSTON, MA 02110”, as postal services prefer for machine reading."
        checked={options.upperCaseLastLine}
        onChange={(upperCaseLastLine) => onChange({ ...options, upperCaseLastLine })}
      />
    </fieldset>
  );
}
