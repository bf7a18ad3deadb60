import { defaultClientListFilters } from '@shared/clients/listQuery';
import { defaultSettings } from '@shared/model/settings';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientListBroadcast } from '../../../renderer/src/db/clientListBroadcast';
import { ClientListIndex } from '../../../renderer/src/db/clientListIndex';
import { clientListSync } from '../../../renderer/src/db/clientListSync';
import { createClient, deleteClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { clientDetails } from '../support/clients';

const opened: { db: ClienteleDatabase; broadcast: ClientListBroadcast }[] = [];

afterEach(() => {
  for (const tab of opened.splice(0)) {
    tab.broadcast.close();
    tab.db.close();
  }
});

/** One tab of the app: its own connection, list index and broadcast, on the shared database. */
async function openTab(name: string) {
  const db = new ClienteleDatabase(name);
  const index = new ClientListIndex();
  const broadcast = new ClientListBroadcast(index, db);
  db.use(clientListSync(index, db, broadcast.announce));
  await db.open();
  await index.load(db);
  opened.push({ db, broadcast });
  const listedIds = () => index.query(defaultClientListFilters, defaultSettings, '2026-11-30');
  return { db, index, listedIds };
}

describe('client list across tabs', () => {
  it('shows a client added in one tab in the list of another, and drops it when deleted there', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    const first = await openTab(name);
    const second = await openTab(name);

    const id = await createClient(
      first.db,
      clientDetails('b2b', { organization: 'Acme', email: 'ana@acme.example' }),
    );

    await vi.waitFor(() => expect(second.listedIds()).toEqual([id]));
    expect(second.index.matchKeyMap().get('email:ana@acme.example')).toBe(id);

    await deleteClient(first.db, id);
    await vi.waitFor(() => expect(second.listedIds()).toEqual([]));
  });

  it('reads everything again when another tab clears the clients', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    const first = await openTab(name);
    await createClient(first.db, clientDetails('b2c', { given: 'Ana', family: 'Ruiz' }));
    const second = await openTab(name);
    expect(second.listedIds()).toHaveLength(1);

    await first.db.clients.clear();

    await vi.waitFor(() => expect(second.listedIds()).toEqual([]));
  });
});
