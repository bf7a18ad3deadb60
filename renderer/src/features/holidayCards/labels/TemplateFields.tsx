import { type CustomTemplateNumberField, customLabelTemplateId, labelTemplates } from '@shared/labels';
import { SelectField, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { LabelOptions } from './useLabelOptions';

const templateOptions = [
  ...labelTemplates.map((template) => ({
    value: template.id,
    label: `${template.name}: ${template.description}`,
  })),
  { value: customLabelTemplateId, label: 'Custom sheet: enter its measurements' },
];

const customFields: { field: CustomTemplateNumberField; label: string; hint?: string }[] = [
  { field: 'pageWidthMm', label: 'Page width (mm)' },
  { field: 'pageHeightMm', label: 'Page height (mm)' },
  { field: 'columns', label: 'Columns of labels' },
  { field: 'rows', label: 'Rows of labels' },
  { field: 'labelWidthMm', label: 'Label width (mm)' },
  { field: 'labelHeightMm', label: 'Label height (mm)' },
  { field: 'leftMarginMm', label: 'Left margin (mm)', hint: 'From the page’s left edge to the first label.' },
  { field: 'topMarginMm', label: 'Top margin (mm)', hint: 'From the page’s top edge to the first label.' },
  {
    field: 'horizontalPitchMm',
    label: 'Horizontal pitch (mm)',
    hint: 'From one label’s left edge to the next one’s: width plus gap.',
  },
  {
    field: 'verticalPitchMm',
    label: 'Vertical pitch (mm)',
    hint: 'From one label’s top edge to the next one’s: height plus gap.',
  },
  { field: 'cornerRadiusMm', label: 'Corner radius (mm)' },
];

/** The sheet to print on, and for a custom sheet its measurements, checked at each field. */
export function TemplateFields({ options }: { options: LabelOptions }) {
  const { customDraft, setCustomDraft, customErrors } = options;
  return (
    <>
      <SelectField
        id="label-template"
        label="Label sheet"
        value={options.templateId}
        options={templateOptions}
        onChange={options.setTemplateId}
      />
      {options.templateId === customLabelTemplateId && (
        <fieldset className="form-section custom-template">
          <legend>Custom sheet</legend>
          <p className="field__hint">Measure a sheet with a ruler, or copy the figures from its packet.</p>
          <div className="form-grid">
            <TextField
              id={fieldId('custom.name')}
              label="Sheet name"
              value={customDraft.name}
              onChange={(name) => setCustomDraft({ ...customDraft, name })}
            />
            {customFields.map(({ field, label, hint }) => (
              <TextField
                key={field}
                id={fieldId(`custom.${field}`)}
                label={label}
                hint={hint}
                inputMode="decimal"
                value={customDraft[field]}
                error={customErrors[field]}
                onChange={(value) => setCustomDraft({ ...customDraft, [field]: value })}
              />
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
