import type { ShownFiguresByScreen } from '@shared/insights/figures';
import { useId } from 'react';
import { useSettings } from '../../app/useSettings';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { moneyText } from './MoneyList';

/** What clients buy: revenue and projects per service type per year, and what they buy next. */
export function ServicesSection({ figures }: { figures: ShownFiguresByScreen['customers'] }) {
  const { homeCurrency } = useSettings();
  const headingId = useId();
  const cells = figures.services;
  const next = figures.nextServices;
  const name = (id: string) =>
    id === '' ? 'No service type' : (figures.serviceNames.get(id) ?? 'Deleted service type');
  const years = [...new Set(cells.map((cell) => cell.year))].sort((a, b) => a - b);
  const latestYear = years[years.length - 1];
  const latest = cells
    .filter((cell) => cell.year === latestYear)
    .sort((a, b) => b.projectCount - a.projectCount);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>What they buy</h2>
      {latestYear !== undefined && (
        <BarChart
          label={`Projects by service type in ${latestYear}`}
          summary={`In ${latestYear}: ${latest.map((cell) => `${cell.projectCount} ${name(cell.serviceTypeId)}`).join(', ')}.`}
          categories={latest.map((cell) => name(cell.serviceTypeId))}
          series={[
            {
              label: 'Projects',
              values: latest.map((cell) => cell.projectCount),
              clientIds: latest.map((cell) => cell.clientIds),
            },
          ]}
          clientsLabel={(category) => `clients who bought ${category} in ${latestYear}`}
        />
      )}
      <FigureTable
        caption="Revenue and projects by service type and year"
        csvName="services-by-year"
        columns={['Service type', 'Year', 'Projects', 'Revenue']}
        rows={cells.map((cell) => ({
          key: `${cell.serviceTypeId}|${cell.year}`,
          cells: [
            name(cell.serviceTypeId),
            cell.year,
            cell.projectCount.toLocaleString(),
            moneyText(cell.revenue, homeCurrency),
          ],
          csv: [
            name(cell.serviceTypeId),
            cell.year,
            cell.projectCount,
            moneyText(cell.revenue, homeCurrency),
          ],
          clientIds: cell.clientIds,
          clientsLabel: `clients who bought ${name(cell.serviceTypeId)} in ${cell.year}`,
        }))}
      />
      <h3>What they buy next</h3>
      <FigureTable
        caption="The most common next service after each"
        csvName="next-service-after"
        columns={['After', 'Times bought', 'Most often next', 'Times']}
        rows={next.map((entry) => ({
          key: entry.serviceTypeId,
          cells: [
            name(entry.serviceTypeId),
            entry.boughtCount.toLocaleString(),
            entry.nextServiceTypeId ? name(entry.nextServiceTypeId) : 'Nothing yet',
            entry.nextCount.toLocaleString(),
          ],
          csv: [
            name(entry.serviceTypeId),
            entry.boughtCount,
            entry.nextServiceTypeId ? name(entry.nextServiceTypeId) : '',
            entry.nextCount,
          ],
          clientIds: entry.clientIds,
          clientsLabel: `clients who bought ${name(entry.nextServiceTypeId)} after ${name(entry.serviceTypeId)}`,
        }))}
      />
    </section>
  );
}
