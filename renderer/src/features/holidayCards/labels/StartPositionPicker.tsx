import { type LabelTemplate, labelsPerSheet } from '@shared/labels';

interface StartPositionPickerProps {
  template: LabelTemplate;
  startAt: number;
  onChange: (startAt: number) => void;
}

/**
 * A small drawing of the sheet, one radio button per label: pick where printing starts on a
 * sheet that is partly used. The arrow keys move between labels, as in any radio group.
 */
export function StartPositionPicker({ template, startAt, onChange }: StartPositionPickerProps) {
  const positions = Array.from({ length: labelsPerSheet(template) }, (_, index) => index + 1);
  return (
    <fieldset className="start-position">
      <legend>Start at label</legend>
      <p className="field__hint" id="start-position-hint">
        {startAt === 1
          ? 'A fresh sheet: printing starts at the top left.'
          : `Labels 1 to ${startAt - 1} are used already and stay empty.`}
      </p>
      <div
        className="sheet-diagram"
        style={{
          gridTemplateColumns: `repeat(${template.columns}, 1fr)`,
          aspectRatio: `${template.pageWidthMm} / ${template.pageHeightMm}`,
        }}
      >
        {positions.map((position) => {
          const row = Math.ceil(position / template.columns);
          const column = position - (row - 1) * template.columns;
          const state = position < startAt ? 'used' : position === startAt ? 'start' : 'free';
          return (
            <label key={position} className={`sheet-diagram__cell sheet-diagram__cell--${state}`}>
              <input
                type="radio"
                name="start-position"
                value={position}
                checked={position === startAt}
                onChange={() => onChange(position)}
                aria-describedby="start-position-hint"
              />
              <span aria-hidden="true">{position}</span>
              <span className="visually-hidden">
                Label {position}, row {row}, column {column}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
