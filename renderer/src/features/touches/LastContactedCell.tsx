// biome-ignore-all lint/a11y/useSemanticElements: a cell of the virtualised client list, which keeps table semantics through ARIA roles
// biome-ignore-all lint/a11y/useFocusableInteractive: the cell role is static structure, not a widget
import { clientDisplayName } from '@shared/clients/names';
import { daysBetween } from '@shared/dates/days';
import { formatIsoDate } from '@shared/dates/isoDate';
import type { Client } from '@shared/model/client';
import { openTouchDialog } from './touchDialogStore';

/** "Today", "3 days ago", else the date: how long since the last contact. */
function lastContactedText(lastContactedOn: string | undefined, today: string): string {
  if (!lastContactedOn) return 'Never';
  const days = daysBetween(lastContactedOn, today);
  if (days <= 0) return days === 0 ? 'Today' : formatIsoDate(lastContactedOn);
  if (days === 1) return 'Yesterday';
  if (days < 30) return `${days} days ago`;
  return formatIsoDate(lastContactedOn);
}

/** The client list's "Last contacted" cell, with a button to log a touch right there. */
export function LastContactedCell({ client, today }: { client: Client; today: string }) {
  return (
    <div role="cell" className="client-list__contacted">
      <span
        className="client-list__date"
        title={client.lastContactedOn ? formatIsoDate(client.lastContactedOn) : undefined}
      >
        {lastContactedText(client.lastContactedOn, today)}
      </span>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => openTouchDialog({ clientId: client.id })}
      >
        Log<span className="visually-hidden"> a touch with {clientDisplayName(client)}</span>
      </button>
    </div>
  );
}
