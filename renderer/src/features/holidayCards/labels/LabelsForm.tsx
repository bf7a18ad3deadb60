import type { CardOverview, MailingList } from '@shared/holidayCards';
import { labelsLeftOnFirstSheet, readLabelCount, sheetsNeeded } from '@shared/labels';
import type { Settings } from '@shared/model/settings';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { CheckboxField, TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import { LabelFitReport } from './LabelFitReport';
import { LabelTextFields } from './LabelTextFields';
import {
  documentTitle,
  firstSheetPreview,
  type LabelsPanelMode,
  labelLines,
  sheetFit,
} from './labelDocuments';
import { PrintButtons } from './PrintButtons';
import { SheetPreview } from './SheetPreview';
import { StartPositionPicker } from './StartPositionPicker';
import { TemplateFields } from './TemplateFields';
import { useLabelOptions } from './useLabelOptions';

interface LabelsFormProps {
  list: MailingList;
  cards: readonly CardOverview[];
  mode: LabelsPanelMode;
  onModeChange: (mode: LabelsPanelMode) => void;
  stored: Settings;
}

export function LabelsForm({ list, cards, mode, onModeChange, stored }: LabelsFormProps) {
  const options = useLabelOptions(stored);
  const { template } = options;
  // Untouched, the count follows the sheet: the rest of it from the start position.
  const [countText, setCountText] = useState<string | null>(null);
  const leftOnSheet = template ? labelsLeftOnFirstSheet(template, options.startAt) : 0;
  const shownCount = countText ?? String(leftOnSheet);
  const count = readLabelCount(shownCount);
  const hasOwnAddress = stored.ownName.trim() !== '' || stored.ownAddress.city.trim() !== '';
  const labelCount = mode === 'return-address' ? count.count : cards.length;
  const title = documentTitle(list, mode);

  // The size is chosen over every label, as printed; only the first sheet is drawn.
  const { textOptions } = options;
  const allLines = useMemo(
    () => labelLines(mode, cards, stored, count.count, textOptions),
    [mode, cards, stored, count.count, textOptions],
  );
  const { fontRange } = options;
  const fit = useMemo(
    () => (template ? sheetFit(allLines, template, { fontRange }) : null),
    [allLines, template, fontRange],
  );
  const previewHtml = template && fit ? firstSheetPreview(allLines, fit, template, options, title) : '';

  return (
    <div className="labels-form">
      <div className="labels-form__options">
        <fieldset className="checkbox-group">
          <legend>What to print</legend>
          <label className="choice">
            <input
              type="radio"
              name="labels-mode"
              checked={mode === 'recipients'}
              onChange={() => onModeChange('recipients')}
            />
            Address labels for this list ({cards.length.toLocaleString()})
          </label>
          <label className="choice">
            <input
              type="radio"
              name="labels-mode"
              checked={mode === 'return-address'}
              onChange={() => onModeChange('return-address')}
            />
            Return-address labels with your own address
          </label>
        </fieldset>
        {mode === 'return-address' && (
          <div className="return-address">
            {hasOwnAddress ? (
              <TextField
                id={fieldId('returnCount')}
                label="How many labels"
                hint={`The rest of this sheet is ${leftOnSheet.toLocaleString()}.`}
                inputMode="numeric"
                value={shownCount}
                error={count.error}
                onChange={setCountText}
              />
            ) : (
              <p className="field__error">
                Add your name and address in <Link href="/settings">Settings</Link> first.
              </p>
            )}
          </div>
        )}
        {mode === 'recipients' && (
          <LabelTextFields options={options.textOptions} onChange={options.setTextOptions} />
        )}
        <TemplateFields options={options} />
        {template && (
          <StartPositionPicker template={template} startAt={options.startAt} onChange={options.setStartAt} />
        )}
        <CheckboxField
          id="label-outlines"
          label="Print label outlines, for a test print on plain paper"
          checked={options.outlines}
          onChange={options.setOutlines}
        />
        <fieldset className="form-section nudge">
          <legend>Alignment nudge</legend>
          <p className="field__hint">
            If the test print sits off the labels, move everything. Negative numbers move left or up. Saved
            for this sheet.
          </p>
          <div className="form-grid">
            <TextField
              id={fieldId('offset.x')}
              label="Move right (mm)"
              inputMode="decimal"
              value={options.offsetDraft.x}
              error={options.offsetErrors.x}
              onChange={(x) => options.setOffsetDraft({ ...options.offsetDraft, x })}
            />
            <TextField
              id={fieldId('offset.y')}
              label="Move down (mm)"
              inputMode="decimal"
              value={options.offsetDraft.y}
              error={options.offsetErrors.y}
              onChange={(y) => options.setOffsetDraft({ ...options.offsetDraft, y })}
            />
          </div>
        </fieldset>
      </div>
      <div className="labels-form__preview">
        {template ? (
          <>
            <p className="labels-form__summary" aria-live="polite">
              {labelCount.toLocaleString()} {labelCount === 1 ? 'label' : 'labels'} on{' '}
              {sheetsNeeded(template, labelCount, options.startAt).toLocaleString()}{' '}
              {sheetsNeeded(template, labelCount, options.startAt) === 1 ? 'sheet' : 'sheets'} of{' '}
              {template.name}, starting at label {options.startAt}.
            </p>
            {fit && (
              <LabelFitReport
                fit={fit}
                labels={allLines}
                range={options.fontRange}
                onRangeChange={options.setFontRange}
              />
            )}
            <SheetPreview html={previewHtml} template={template} />
          </>
        ) : (
          <p className="field__error">Fix the sheet’s measurements to see a preview and print.</p>
        )}
        <PrintButtons
          list={list}
          mode={mode}
          cards={cards}
          stored={stored}
          options={options}
          returnCount={count.count}
          ready={
            template !== null &&
            options.offsetValid &&
            labelCount > 0 &&
            (mode === 'recipients' || hasOwnAddress)
          }
        />
      </div>
    </div>
  );
}
