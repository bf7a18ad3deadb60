import { type ChannelAssessment, formatRoi, headlineRoi } from '@shared/insights';
import type { Shown } from '@shared/insights/figures/shownFigures';
import { marketingChannelLabels } from '@shared/model/marketing';
import { useId } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { BarChart } from '../insights/BarChart';
import { FigureTable } from '../insights/FigureTable';
import { moneyText } from '../insights/MoneyList';

/** The same figures per channel: all its activities together, plus clients known only by channel. */
export function ChannelsAssessment({
  channels,
  windowMonths,
}: {
  channels: readonly Shown<ChannelAssessment>[];
  windowMonths: number;
}) {
  const settings = useSettings();
  const today = useToday();
  const headingId = useId();
  const home = settings.homeCurrency;
  if (channels.length === 0) return null;
  const labels = channels.map((entry) => marketingChannelLabels[entry.channel]);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>By channel</h2>
      <BarChart
        label="Clients brought per marketing channel"
        summary={channels
          .map((entry, index) => `${labels[index]}: ${entry.clientIds.count} clients`)
          .join(', ')}
        categories={labels}
        series={[
          {
            label: 'Clients brought',
            values: channels.map((entry) => entry.clientIds.count),
            clientIds: channels.map((entry) => entry.clientIds),
          },
        ]}
        clientsLabel={(category) => `clients brought by ${category}`}
      />
      <FigureTable
        caption="Marketing channels"
        csvName={`marketing-channels-${today}`}
        columns={[
          'Channel',
          `Revenue (${windowMonths} months)`,
          'Revenue (all time)',
          'Cost',
          'Cost + time',
          'ROI',
          'Lag to first project',
        ]}
        rows={channels.map((entry, index) => {
          const texts = [
            labels[index] ?? '',
            moneyText(entry.revenueInWindow, home),
            moneyText(entry.revenueAllTime, home),
            moneyText(entry.cost, home),
            moneyText(entry.costWithTime, home),
            formatRoi(headlineRoi(entry, home)),
            entry.lagDays === null ? '–' : `${entry.lagDays} days`,
          ];
          return {
            key: entry.channel,
            cells: texts,
            csv: texts,
            clientIds: entry.clientIds,
            clientsLabel: `clients brought by ${labels[index]}`,
          };
        })}
      />
    </section>
  );
}
