import { defaultClientListFilters } from '@shared/clients/listQuery';
import { defaultSettings } from '@shared/model/settings';
import { describe, expect, it } from 'vitest';
import { ClientListIndex } from '../../../renderer/src/db/clientListIndex';
import type { Client } from '../../../renderer/src/db/clientsRepository';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { applyClientsWrittenElsewhere, clientListFields } from '../../../renderer/src/db/importIndexSync';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

describe('clients written by the import worker', () => {
  it('reach the client list index with only the fields it reads', async () => {
    const db = await freshDatabase();
    const id = await createClient(
      db,
      clientDetails('b2b', { organization: 'Acme', given: 'Ana', email: 'ana@acme.example', tags: ['vip'] }),
    );
    const client = (await db.clients.get(id)) as Client;

    const index = new ClientListIndex();
    await index.load(db);
    applyClientsWrittenElsewhere(index, [clientListFields({ ...client, id: 'from-worker' })]);
    const found = index.query({ ...defaultClientListFilters, search: 'acme' }, defaultSettings, '2026-11-23');
    expect(found.sort()).toEqual([id, 'from-worker'].sort());
    expect(index.matchKeyMap().get('email:ana@acme.example')).toEqual([id, 'from-worker']);
  });
});

describe('clients written in another tab or by the import worker', () => {
  it('keep their last contact date in this tab’s list, so a client contacted last week is not "not contacted in 6 months"', async () => {
    const db = await freshDatabase();
    const index = new ClientListIndex();
    await index.load(db);
    const id = await createClient(db, clientDetails('b2c', { given: 'Ana', family: 'Ruiz' }));
    const client = (await db.clients.get(id)) as Client;
    applyClientsWrittenElsewhere(index, [clientListFields({ ...client, lastContactedOn: '2026-11-16' })]);
    const quiet = index.query(
      { ...defaultClientListFilters, badge: 'notContacted6' },
      defaultSettings,
      '2026-11-23',
    );
    expect(quiet).not.toContain(id);
  });
});
