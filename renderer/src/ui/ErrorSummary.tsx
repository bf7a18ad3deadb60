import type { FieldErrors } from '@shared/validation/fieldErrors';
import { useEffect, useRef } from 'react';
import { fieldId } from './fieldId';

interface ErrorSummaryProps {
  errors: FieldErrors;
  /** Changes on every failed save attempt, so focus moves to the summary each time. */
  attempt: number;
}

/** Lists the problems that stop a save, each linking to its field; takes focus when shown. */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>
        {entries.length === 1
          ? 'Fix 1 problem before saving'
          : `Fix ${entries.length} problems before saving`}
      </h2>
      <ul>
        {entries.map(([path, message]) => (
          <li key={path}>
            <a
              href={`#${fieldId(path)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId(path))?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
      <p>Nothing has been saved yet.</p>
    </div>
  );
}
