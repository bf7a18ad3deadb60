import { type LabelFontRange, labelFloorPt, type SheetFit } from '@shared/labels';
import { SelectField } from '../../../ui/Field';

const sizeChoices = [6, 7, 8, 9, 10, 11, 12, 14].map((size) => ({
  value: String(size),
  label: `${size} pt`,
}));

interface LabelFitReportProps {
  fit: SheetFit;
  labels: readonly string[][];
  range: LabelFontRange;
  onRangeChange: (range: LabelFontRange) => void;
}

/**
 * The sheet's one text size and the range it was chosen from (the user can change it), which
 * labels had to be set smaller, and which cannot fit at all and need shorter details.
 */
export function LabelFitReport({ fit, labels, range, onRangeChange }: LabelFitReportProps) {
  const shrunk = fit.labels.filter((label) => label.fits && label.shrunk).length;
  const unfit = fit.labels.flatMap((label, index) => (label.fits ? [] : [labels[index] ?? []]));
  return (
    <section className="label-fit" aria-label="Text size">
      <p className="label-fit__size">
        Text is {fit.fontSizePt} pt on every label
        {shrunk > 0 &&
          `, except ${shrunk.toLocaleString()} ${shrunk === 1 ? 'label' : 'labels'} set smaller to fit (marked in orange in the preview)`}
        .
      </p>
      <div className="label-fit__range">
        <SelectField
          id="label-font-min"
          label="Smallest text size"
          value={String(range.minPt)}
          options={sizeChoices.filter((choice) => Number(choice.value) <= range.maxPt)}
          onChange={(value) => onRangeChange({ ...range, minPt: Number(value) })}
        />
        <SelectField
          id="label-font-max"
          label="Largest text size"
          value={String(range.maxPt)}
          options={sizeChoices.filter((choice) => Number(choice.value) >= range.minPt)}
          onChange={(value) => onRangeChange({ ...range, maxPt: Number(value) })}
        />
      </div>
      {unfit.length > 0 && (
        <div className="label-fit__unfit" role="alert">
          <p>
            {unfit.length === 1 ? '1 label does' : `${unfit.length.toLocaleString()} labels do`} not fit even
            at {labelFloorPt} pt. Shorten these in the client’s details before printing:
          </p>
          <ul>
            {unfit.slice(0, 20).map((lines) => (
              <li key={lines.join('|')}>{lines.join(', ')}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
