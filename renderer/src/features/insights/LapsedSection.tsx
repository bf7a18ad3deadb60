import type { ShownFiguresByScreen } from '@shared/insights/figures';
import { useId } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { FigureTable } from './FigureTable';
import { moneyText } from './MoneyList';
import { useOpenClients } from './useOpenClients';

/** Lapsed clients worth winning back: what they were billed, when they last bought, and what. */
export function LapsedSection({ figures }: { figures: ShownFiguresByScreen['customers'] }) {
  const { homeCurrency, lapsedAfterMonths } = useSettings();
  const today = useToday();
  const headingId = useId();
  const openClients = useOpenClients();
  const lapsed = figures.lapsed;
  const serviceName = (id: string) => figures.serviceNames.get(id) ?? 'No service type';
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Lapsed clients to win back</h2>
      <p>
        {lapsed.count.toLocaleString()} clients bought nothing for over {lapsedAfterMonths} months, the most
        valuable first.{' '}
        {lapsed.count > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => openClients('lapsed clients', lapsed.clientIds)}
          >
            Show all in the client list
          </button>
        )}
      </p>
      <FigureTable
        caption="Lapsed clients"
        csvName={`lapsed-clients-${today}`}
        columns={['Client', 'Billed before going quiet', 'Last bought', 'What']}
        rows={lapsed.top.map((entry) => ({
          key: entry.clientId,
          cells: [
            <Link key="name" href={`/clients/${entry.clientId}`}>
              {entry.name}
            </Link>,
            moneyText(entry.valueAtStake, homeCurrency),
            entry.lastDate,
            serviceName(entry.lastServiceTypeId),
          ],
          csv: [
            entry.name,
            moneyText(entry.valueAtStake, homeCurrency),
            entry.lastDate,
            serviceName(entry.lastServiceTypeId),
          ],
        }))}
      />
    </section>
  );
}
