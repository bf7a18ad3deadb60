// biome-ignore-all lint/a11y/useSemanticElements: virtualised rows are absolutely positioned divs; ARIA table roles keep them a table for assistive technology
// biome-ignore-all lint/a11y/useFocusableInteractive: table, row and cell roles here are static structure, not widgets
import { clientBadges } from '@shared/clients/badges';
import { billedAmounts, compactBilledAmounts } from '@shared/clients/billedTotals';
import { clientDisplayName, personName } from '@shared/clients/names';
import { onlyQuotedText } from '@shared/clients/projectSummary';
import { formatIsoDate } from '@shared/dates/isoDate';
import { countryName } from '@shared/geo/countries';
import { type Client, clientKindLabels } from '@shared/model/client';
import type { Settings } from '@shared/model/settings';
import { formatMoney } from '@shared/money/money';
import { Link } from 'wouter';
import { LastContactedCell } from '../touches/LastContactedCell';
import { ClientBadges } from './ClientBadges';

interface ClientRowProps {
  client: Client;
  settings: Settings;
  today: string;
  onCardList: ((client: Client) => boolean) | null;
}

function primaryContactLine(client: Client): string {
  const person = client.contacts[0];
  if (!person) return '';
  const name = client.kind === 'b2c' ? '' : personName(person);
  const email = person.emails[0]?.value ?? '';
  return [name, email].filter(Boolean).join(' · ');
}

function placeLine(client: Client): string {
  const { city, country } = client.address;
  return [city, country ? countryName(country) : ''].filter(Boolean).join(', ');
}

/** Every currency's total: one in full, several compactly side by side, so none is hidden or cut. */
function BilledCell({ client, homeCurrency }: { client: Client; homeCurrency: string }) {
  const amounts = billedAmounts(client.billedByCurrency, homeCurrency);
  const [only] = amounts;
  if (!only) return <>{formatMoney({ amountMinor: 0, currency: homeCurrency })}</>;
  if (amounts.length === 1) return <>{formatMoney(only)}</>;
  return (
    <span className="client-list__amounts" title={amounts.map((amount) => formatMoney(amount)).join(' + ')}>
      {compactBilledAmounts(client.billedByCurrency, homeCurrency).map((text, index) => (
        <span key={amounts[index]?.currency}>{text}</span>
      ))}
    </span>
  );
}

/** The cells of one client in the list; the row element itself belongs to the list. */
export function ClientRowCells({ client, settings, today, onCardList }: ClientRowProps) {
  const name = clientDisplayName(client);
  const quoted = onlyQuotedText(client);
  return (
    <>
      <div role="cell" className="client-list__name">
        <Link href={`/clients/${client.id}`} className="client-list__link" title={name}>
          {name}
        </Link>
        <span className="client-list__secondary">{primaryContactLine(client)}</span>
      </div>
      <div role="cell" className="client-list__kind">
        {clientKindLabels[client.kind].replace(/ \(.*\)$/, '')}
      </div>
      <div role="cell" className="client-list__place">
        {placeLine(client)}
      </div>
      <div role="cell" className="client-list__date">
        {quoted ? 'None finished' : client.lastProjectDate ? formatIsoDate(client.lastProjectDate) : '—'}
      </div>
      <div role="cell" className="client-list__number client-list__count">
        {client.projectCount.toLocaleString()}
      </div>
      <div role="cell" className="client-list__number client-list__billed">
        {quoted ? (
          <span className="client-list__secondary" title={quoted}>
            {quoted.replace(/^.*; /, '')}
          </span>
        ) : (
          <BilledCell client={client} homeCurrency={settings.homeCurrency} />
        )}
      </div>
      <div role="cell" className="client-list__badges">
        <ClientBadges badges={clientBadges(client, settings, today, onCardList)} />
      </div>
      <LastContactedCell client={client} today={today} />
    </>
  );
}
