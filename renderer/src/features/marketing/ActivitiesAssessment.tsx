import { formatRoi } from '@shared/insights';
import { type AssessedActivity, minClientsToJudge } from '@shared/insights/figures';
import type { Shown } from '@shared/insights/figures/shownFigures';
import { marketingChannelLabels } from '@shared/model/marketing';
import { useId } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { FigureTable } from '../insights/FigureTable';
import { moneyText } from '../insights/MoneyList';

/** Every activity, ranked by ROI, with what it brought, what it cost and plain advice. */
export function ActivitiesAssessment({
  rows,
  windowMonths,
}: {
  rows: readonly Shown<AssessedActivity>[];
  windowMonths: number;
}) {
  const settings = useSettings();
  const today = useToday();
  const headingId = useId();
  const home = settings.homeCurrency;
  const roiText = (roi: Record<string, number | null>) =>
    Object.keys(roi).length === 0
      ? 'no cost'
      : Object.entries(roi)
          .map(
            ([currency, value]) =>
              `${formatRoi(value)}${Object.keys(roi).length > 1 ? ` (${currency})` : ''}`,
          )
          .join(' · ');

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Activities, ranked by return</h2>
      <p className="muted">
        ROI = (revenue − cost) ÷ cost, on revenue in the {windowMonths} months after each client's first
        project. “Too early to judge” for activities younger than {settings.marketingJudgeAfterMonths} months;
        “too few clients to judge” under {minClientsToJudge}.
        {settings.hourValueMinor > 0
          ? ''
          : ' Set what an hour of your time is worth in Settings to count your time as a cost.'}
      </p>
      {rows.length === 0 ? (
        <p>
          No activities yet. <Link href="/marketing/activities/new">Add the first one</Link>: a webinar, a
          newsletter, a networking group…
        </p>
      ) : (
        <FigureTable
          caption="Marketing activities"
          csvName={`marketing-activities-${today}`}
          columns={[
            'Activity',
            'Channel',
            'Started',
            `Revenue (${windowMonths} months)`,
            'Revenue (all time)',
            'Cost',
            'Cost + time',
            'Cost per client',
            'ROI',
            'ROI with time',
            'Lag to first project',
            'Advice',
          ]}
          rows={rows.map(({ activity, assessment, advice }) => {
            const lag = assessment.lagDays === null ? '–' : `${assessment.lagDays} days`;
            const texts = [
              marketingChannelLabels[activity.channel],
              activity.startDate || '–',
              moneyText(assessment.revenueInWindow, home),
              moneyText(assessment.revenueAllTime, home),
              moneyText(assessment.cost, home),
              moneyText(assessment.costWithTime, home),
              assessment.clientIds.count ? moneyText(assessment.costPerClient, home) : '–',
              roiText(assessment.roi),
              roiText(assessment.roiWithTime),
              lag,
            ];
            return {
              key: activity.id,
              cells: [
                <Link key="name" href={`/marketing/activities/${activity.id}`}>
                  {activity.name}
                </Link>,
                ...texts,
                <span key="advice" className={`advice advice--${advice.replace(/ /g, '-')}`}>
                  {advice}
                </span>,
              ],
              csv: [activity.name, ...texts, advice],
              clientIds: assessment.clientIds,
              clientsLabel: `clients brought by ${activity.name}`,
            };
          })}
        />
      )}
      {rows.length > 0 && (
        <>
          <h3>Revenue before and after each activity started</h3>
          <p className="muted">
            All clients' revenue in the 6 months before each start and the 6 months from it: a rise may be the
            activity, or the season.
          </p>
          <FigureTable
            caption="Revenue before and after each activity"
            csvName={`marketing-before-after-${today}`}
            columns={['Activity', 'Advice', '6 months before', '6 months after']}
            rows={rows.map(({ activity, advice, beforeAfter }) => {
              const texts = [
                activity.name,
                advice,
                beforeAfter ? moneyText(beforeAfter.before, home) : '–',
                beforeAfter ? moneyText(beforeAfter.after, home) : '–',
              ];
              return { key: activity.id, cells: texts, csv: texts };
            })}
          />
        </>
      )}
    </section>
  );
}
