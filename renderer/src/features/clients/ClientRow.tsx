// biome-ignore-all lint/a11y/useSemanticElements: virtualised rows are absolutely positioned divs; ARIA table roles keep them a table for assistive technology
// biome-ignore-all lint/a11y/useFocusableInteractive: table, row and cell roles here are static structure, not widgets
import { clientBadges } from '@shared/clients/badges';
import { clientDisplayName, personName } from '@shared/clients/names';
import { billedAmounts } from '@shared/clients/projectSummary';
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

/** The home-currency total, or the largest other one, and how many more currencies there are. */
function BilledCell({ client, homeCurrency }: { client: Client; homeCurrency: string }) {
  const [first, ...others] = billedAmounts(client.billedByCurrency, homeCurrency);
  if (!first) return <>{formatMoney({ amountMinor: 0, currency: homeCurrency })}</>;
  return (
    <>
      {formatMoney(first)}
      {others.length > 0 && (
        <span className="client-list__secondary">
          + {others.length} other {others.length === 1 ? 'currency' : 'currencies'}
        </span>
      )}
    </>
  );
}

/** The cells of one client in the list; the row element itself belongs to the list. */
export function ClientRowCells({ client, settings, today }: ClientRowProps) {
  const name = clientDisplayName(client);
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
        {client.lastProjectDate ? formatIsoDate(client.lastProjectDate) : '—'}
      </div>
      <div role="cell" className="client-list__number">
        {client.projectCount.toLocaleString()}
      </div>
      <div role="cell" className="client-list__number">
        <BilledCell client={client} homeCurrency={settings.homeCurrency} />
      </div>
      <div role="cell" className="client-list__badges">
        <ClientBadges badges={clientBadges(client, settings, today)} />
      </div>
      <LastContactedCell client={client} today={today} />
    </>
  );
}
