import type { BusinessInRange } from '@shared/insights/customers';
import type { Shown } from '@shared/insights/figures/shownFigures';
import { type ClientKind, clientKindLabels, clientKinds } from '@shared/model/client';
import { useId } from 'react';
import { useSettings } from '../../app/useSettings';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { moneyText } from './MoneyList';

/** Who did business in a date range (the last five years unless changed), by kind of client. */
export function BusinessSection({
  figures,
  range: dates,
  onRangeChange,
}: {
  figures: Shown<BusinessInRange>;
  range: { from: string; to: string };
  onRangeChange: (range: { from: string; to: string }) => void;
}) {
  const { homeCurrency } = useSettings();
  const headingId = useId();
  const { from, to } = dates;
  const range = `${from} to ${to}`;
  const kindLabel = (kind: ClientKind) => clientKindLabels[kind];
  const counts = clientKinds.map((kind) => figures.byKind[kind].clientIds.count);
  const summary = `${figures.all.clientIds.count.toLocaleString()} clients did business from ${range}: ${clientKinds
    .map((kind, index) => `${counts[index]?.toLocaleString()} ${kindLabel(kind)}`)
    .join(', ')}. Revenue ${moneyText(figures.all.revenue, homeCurrency)}.`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Who has done business with you</h2>
      <div className="form-row">
        <label>
          From{' '}
          <input
            type="date"
            value={from}
            max={to}
            onChange={(event) => event.target.value && onRangeChange({ from: event.target.value, to })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={to}
            min={from}
            onChange={(event) => event.target.value && onRangeChange({ from, to: event.target.value })}
          />
        </label>
      </div>
      <BarChart
        label="Clients who did business, by kind"
        summary={summary}
        categories={clientKinds.map(kindLabel)}
        series={[
          {
            label: 'Clients',
            values: counts,
            clientIds: clientKinds.map((kind) => figures.byKind[kind].clientIds),
          },
        ]}
        clientsLabel={(category) => `${category} clients with business from ${range}`}
      />
      <FigureTable
        caption="Business by kind of client"
        csvName={`business-by-kind-${from}-${to}`}
        columns={['Kind', 'Projects', 'Revenue']}
        rows={[
          ...clientKinds.map((kind) => ({
            key: kind,
            cells: [
              kindLabel(kind),
              figures.byKind[kind].projectCount.toLocaleString(),
              moneyText(figures.byKind[kind].revenue, homeCurrency),
            ],
            csv: [
              kindLabel(kind),
              figures.byKind[kind].projectCount,
              moneyText(figures.byKind[kind].revenue, homeCurrency),
            ],
            clientIds: figures.byKind[kind].clientIds,
            clientsLabel: `${kindLabel(kind)} clients with business from ${range}`,
          })),
          {
            key: 'all',
            cells: [
              'All',
              figures.all.projectCount.toLocaleString(),
              moneyText(figures.all.revenue, homeCurrency),
            ],
            csv: ['All', figures.all.projectCount, moneyText(figures.all.revenue, homeCurrency)],
            clientIds: figures.all.clientIds,
            clientsLabel: `clients with business from ${range}`,
          },
        ]}
      />
    </section>
  );
}
