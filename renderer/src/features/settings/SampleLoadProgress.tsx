interface SampleLoadProgressProps {
  written: number;
  total: number;
  onCancel: () => void;
}

/** How far loading sample clients has got, and the way to stop it (which adds nothing). */
export function SampleLoadProgress({ written, total, onCancel }: SampleLoadProgressProps) {
  const text =
    written === 0
      ? `Preparing ${total.toLocaleString()} sample clients…`
      : `Written ${written.toLocaleString()} of ${total.toLocaleString()} sample clients…`;
  return (
    <div className="sample-progress">
      <label htmlFor="sample-progress-bar">{text}</label>
      <progress id="sample-progress-bar" max={total} value={written} />
      <p className="muted" id="sample-progress-hint">
        Cancel adds nothing: the samples are saved all together at the end, or not at all.
      </p>
      <button type="button" className="button" onClick={onCancel} aria-describedby="sample-progress-hint">
        Cancel loading
      </button>
    </div>
  );
}
