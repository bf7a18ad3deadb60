import { maxComparedScenarios, minComparedScenarios } from '@shared/pricing';
import { useState } from 'react';
import { useLocation } from 'wouter';

/** The compare action for the scenarios ticked in the list, in the order they were ticked. */
export function CompareBar({ selected }: { selected: readonly string[] }) {
  const [, navigate] = useLocation();
  const [tried, setTried] = useState(false);
  const count = selected.length;
  const ready = count >= minComparedScenarios && count <= maxComparedScenarios;
  let status = `Tick ${minComparedScenarios} to ${maxComparedScenarios} scenarios to compare them side by side.`;
  if (count > maxComparedScenarios)
    status = `${count} ticked: compare at most ${maxComparedScenarios} at a time.`;
  else if (count > 0) status = `${count} of ${maxComparedScenarios} ticked.${ready ? '' : ' Tick one more.'}`;
  return (
    <div className="compare-bar">
      <p className={tried && !ready ? 'field__error' : 'muted'} aria-live="polite">
        {status}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setTried(true);
          if (ready) navigate(`/pricing/compare/${selected.join(',')}`);
        }}
      >
        Compare ticked scenarios
      </button>
    </div>
  );
}
