import type { Client } from '@shared/model/client';
import type { Touch } from '@shared/model/touch';
import type { ClienteleDatabase } from './database';

/** Every touch, newest first, with the clients they belong to, for the touches CSV. */
export async function loadTouchesForExport(
  db: ClienteleDatabase,
): Promise<{ touches: Touch[]; clients: Client[] }> {
  return db.transaction('r', db.touches, db.clients, async () => {
    const touches = await db.touches.toArray();
    touches.sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.loggedAt < b.loggedAt ? 1 : -1,
    );
    const clientIds = [...new Set(touches.map((touch) => touch.clientId))];
    const clients = (await db.clients.bulkGet(clientIds)).filter(
      (client): client is Client => client !== undefined,
    );
    return { touches, clients };
  });
}
