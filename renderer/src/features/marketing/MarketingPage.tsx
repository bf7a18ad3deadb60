import { untracedClientIds } from '@shared/insights';
import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { PageHeader } from '../../ui/PageHeader';
import { useInsightsBook } from '../insights/useInsightsBook';
import { ActivitiesAssessment } from './ActivitiesAssessment';
import { ChannelsAssessment } from './ChannelsAssessment';
import { FreeTextSources } from './FreeTextSources';
import { OriginatedByYear } from './OriginatedByYear';

/** Marketing: what each activity and channel brought, what it cost, and what to do more or less of. */
export function MarketingPage() {
  const book = useInsightsBook();
  const settings = useSettings();
  const windowId = useId();
  const [windowMonths, setWindowMonths] = useState(settings.marketingWindowMonths);
  const untraced = useMemo(() => (book ? untracedClientIds(book.clients, book.links).length : 0), [book]);
  return (
    <div className="insights-page">
      <PageHeader
        title="Marketing"
        subtitle="Define activities, track where clients came from, assess what paid, and adjust."
        actions={
          <>
            <Link href="/marketing/activities/new" className="button button--primary">
              Add activity
            </Link>
            <Link href="/marketing/trace" className="button">
              Trace sources{book ? ` (${untraced.toLocaleString()} to trace)` : ''}
            </Link>
          </>
        }
      />
      {!book ? (
        <p className="loading" aria-live="polite">
          Reading your client book…
        </p>
      ) : (
        <>
          <div className="form-row">
            <label htmlFor={windowId}>
              Count revenue for{' '}
              <input
                id={windowId}
                type="number"
                min={1}
                max={120}
                value={windowMonths}
                onChange={(event) =>
                  setWindowMonths(Math.max(1, Math.min(120, Number(event.target.value) || 1)))
                }
                className="input--short"
              />{' '}
              months after a client's first project
            </label>
          </div>
          <ActivitiesAssessment book={book} windowMonths={windowMonths} />
          <ChannelsAssessment book={book} windowMonths={windowMonths} />
          <OriginatedByYear book={book} />
          <FreeTextSources book={book} />
        </>
      )}
    </div>
  );
}
