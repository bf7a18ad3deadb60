import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { useInsightsFigures } from '../../db/useInsightsFigures';
import { PageHeader } from '../../ui/PageHeader';
import { FiguresStatus } from '../insights/FiguresStatus';
import { ActivitiesAssessment } from './ActivitiesAssessment';
import { ChannelsAssessment } from './ChannelsAssessment';
import { FreeTextSources } from './FreeTextSources';
import { OriginatedByYear } from './OriginatedByYear';

/** Marketing: what each activity and channel brought, what it cost, and what to do more or less of. */
export function MarketingPage() {
  const settings = useSettings();
  const today = useToday();
  const windowId = useId();
  const [windowMonths, setWindowMonths] = useState(settings.marketingWindowMonths);
  const marketing = useInsightsFigures({
    screen: 'marketing',
    options: {
      today,
      homeCurrency: settings.homeCurrency,
      windowMonths,
      judgeAfterMonths: settings.marketingJudgeAfterMonths,
      hourValueMinor: settings.hourValueMinor,
    },
  });
  const figures = marketing.figures;
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
              Trace sources{figures ? ` (${figures.untracedCount.toLocaleString()} to trace)` : ''}
            </Link>
          </>
        }
      />
      <FiguresStatus state={marketing} />
      {figures && (
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
          <ActivitiesAssessment rows={figures.activities} windowMonths={windowMonths} />
          <ChannelsAssessment channels={figures.channels} windowMonths={windowMonths} />
          <OriginatedByYear years={figures.originated} />
          <FreeTextSources sources={figures.repeatedSources} />
        </>
      )}
    </div>
  );
}
