import type { Client } from '@shared/model/client';
import type { Touch } from '@shared/model/touch';
import { countsAsContact, lastContactedOn } from '@shared/touches/lastContacted';
import type { ClienteleDatabase } from './database';

/**
 * Keeps each client's lastContactedOn in step with its touches. Called inside the transaction
 * that wrote the touches, like the project figures, so the list never shows a stale date.
 */

function withLastContacted(client: Client, date: string): Client {
  const { lastContactedOn: _previous, ...rest } = client;
  return date ? { ...rest, lastContactedOn: date } : rest;
}

/** Recomputes from all of each client's touches: after an edit or a delete. */
export async function recomputeLastContacted(
  db: ClienteleDatabase,
  clientIds: Iterable<string>,
): Promise<void> {
  for (const clientId of new Set(clientIds)) {
    const [client, touches] = await Promise.all([
      db.clients.get(clientId),
      db.touches.where('clientId').equals(clientId).toArray(),
    ]);
    if (!client) continue;
    const date = lastContactedOn(touches);
    if ((client.lastContactedOn ?? '') !== date) await db.clients.put(withLastContacted(client, date));
  }
}

/** Moves dates forward for newly added touches only: one read and one write for many clients. */
export async function raiseLastContacted(db: ClienteleDatabase, added: readonly Touch[]): Promise<void> {
  const latest = new Map<string, string>();
  for (const touch of added) {
    if (!countsAsContact(touch)) continue;
    if (touch.date > (latest.get(touch.clientId) ?? '')) latest.set(touch.clientId, touch.date);
  }
  if (latest.size === 0) return;
  const ids = [...latest.keys()];
  const clients = await db.clients.bulkGet(ids);
  const changed: Client[] = [];
  clients.forEach((client, index) => {
    const date = latest.get(ids[index] as string) as string;
    if (client && date > (client.lastContactedOn ?? '')) changed.push(withLastContacted(client, date));
  });
  if (changed.length > 0) await db.clients.bulkPut(changed);
}
