import { type OriginatedYear, share } from '@shared/insights';
import type { Shown } from '@shared/insights/figures/shownFigures';
import { useId } from 'react';
import { useSettings } from '../../app/useSettings';
import { BarChart } from '../insights/BarChart';
import { FigureTable } from '../insights/FigureTable';
import { moneyText } from '../insights/MoneyList';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);

/** By year: the share of new clients, and of revenue, that came from marketing. */
export function OriginatedByYear({
  years,
}: {
  years: readonly Shown<OriginatedYear & { otherNewClientIds: string[] }>[];
}) {
  const { homeCurrency } = useSettings();
  const headingId = useId();
  if (years.length === 0) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Clients from marketing, by year</h2>
      <BarChart
        label="New clients per year: from marketing and otherwise"
        summary={years
          .map(
            (year) =>
              `${year.year}: ${year.marketingClientIds.count} of ${year.newClientIds.count} new clients from marketing`,
          )
          .join('; ')}
        categories={years.map((year) => String(year.year))}
        series={[
          {
            label: 'From marketing',
            values: years.map((year) => year.marketingClientIds.count),
            clientIds: years.map((year) => year.marketingClientIds),
          },
          {
            label: 'Other new clients',
            values: years.map((year) => year.otherNewClientIds.count),
            clientIds: years.map((year) => year.otherNewClientIds),
          },
        ]}
        clientsLabel={(category, series) => `${series.toLowerCase()} in ${category}`}
      />
      <FigureTable
        caption="Marketing-originated clients and revenue by year"
        csvName="marketing-originated-by-year"
        columns={[
          'Year',
          'New clients',
          'From marketing',
          `Share of revenue from marketing clients (${homeCurrency})`,
          'Revenue from marketing clients',
        ]}
        rows={years.map((year) => {
          const texts = [
            String(year.year),
            year.newClientIds.count.toLocaleString(),
            `${year.marketingClientIds.count.toLocaleString()} (${percent(share(year.marketingClientIds.count, year.newClientIds.count))})`,
            percent(share(year.marketingRevenue[homeCurrency] ?? 0, year.revenue[homeCurrency] ?? 0)),
            moneyText(year.marketingRevenue, homeCurrency),
          ];
          return {
            key: String(year.year),
            cells: texts,
            csv: texts,
            clientIds: year.marketingClientIds,
            clientsLabel: `clients from marketing, new in ${year.year}`,
          };
        })}
      />
    </section>
  );
}
