import { share } from '@shared/insights';
import type { RepeatShare } from '@shared/insights/customers';
import type { Shown } from '@shared/insights/figures/shownFigures';
import { useId } from 'react';
import { useSettings } from '../../app/useSettings';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { moneyText } from './MoneyList';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);

/** Repeat customers: their share of clients and of revenue, and clients by number of projects. */
export function RepeatSection({ figures }: { figures: Shown<RepeatShare> }) {
  const { homeCurrency, repeatMinCompletedProjects } = useSettings();
  const headingId = useId();
  const clientShare = share(figures.repeatClientIds.count, figures.buyingClients);
  const revenueShare = share(figures.repeatRevenue[homeCurrency] ?? 0, figures.revenue[homeCurrency] ?? 0);
  const bucketLabel = (projects: number) => (projects >= 6 ? '6 or more' : String(projects));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Repeat customers</h2>
      <p>
        {figures.repeatClientIds.count.toLocaleString()} of {figures.buyingClients.toLocaleString()} paying
        clients ({percent(clientShare)}) bought {repeatMinCompletedProjects} or more times; they brought{' '}
        {percent(revenueShare)} of the revenue in {homeCurrency} (
        {moneyText({ [homeCurrency]: figures.repeatRevenue[homeCurrency] ?? 0 }, homeCurrency)} of{' '}
        {moneyText({ [homeCurrency]: figures.revenue[homeCurrency] ?? 0 }, homeCurrency)}).
      </p>
      <BarChart
        label="Clients by number of completed projects"
        summary={figures.byProjectCount
          .map((bucket) => `${bucket.clientIds.count.toLocaleString()} with ${bucketLabel(bucket.projects)}`)
          .join(', ')}
        categories={figures.byProjectCount.map((bucket) => `${bucketLabel(bucket.projects)} projects`)}
        series={[
          {
            label: 'Clients',
            values: figures.byProjectCount.map((bucket) => bucket.clientIds.count),
            clientIds: figures.byProjectCount.map((bucket) => bucket.clientIds),
          },
        ]}
        clientsLabel={(category) => `clients with ${category}`}
      />
      <FigureTable
        caption="Clients by number of completed projects"
        csvName="clients-by-project-count"
        columns={['Completed projects']}
        rows={figures.byProjectCount.map((bucket) => ({
          key: String(bucket.projects),
          cells: [bucketLabel(bucket.projects)],
          csv: [bucketLabel(bucket.projects)],
          clientIds: bucket.clientIds,
          clientsLabel: `clients with ${bucketLabel(bucket.projects)} completed projects`,
        }))}
      />
    </section>
  );
}
