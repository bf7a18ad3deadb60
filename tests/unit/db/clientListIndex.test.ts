import { type ClientListFilters, defaultClientListFilters } from '@shared/clients/listQuery';
import { defaultSettings } from '@shared/model/settings';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClientListIndex } from '../../../renderer/src/db/clientListIndex';
import { clientListSync } from '../../../renderer/src/db/clientListSync';
import { createClient, deleteClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { projectDetails } from './testDatabase';

const today = '2026-11-23';

async function indexedDatabase() {
  const db = new ClienteleDatabase(`index-${crypto.randomUUID()}`);
  const index = new ClientListIndex();
  db.use(clientListSync(index, db));
  await db.open();
  await index.load(db);
  return { db, index };
}

describe('client list index', () => {
  let db: ClienteleDatabase;
  let index: ClientListIndex;
  const names = new Map<string, string>();
  const namesFor = (filters: Partial<ClientListFilters>) =>
    index
      .query({ ...defaultClientListFilters, ...filters }, defaultSettings, today)
      .map((id) => names.get(id) ?? id);

  beforeAll(async () => {
    ({ db, index } = await indexedDatabase());
    const add = async (name: string, details: ReturnType<typeof clientDetails>) => {
      const id = await createClient(db, details);
      names.set(id, name);
      return id;
    };
    const acme = await add(
      'Acme',
      clientDetails('b2b', {
        organization: 'Acme',
        given: 'Ana',
        family: 'Ruiz',
        email: 'ana.ruiz@acme.example',
        city: 'Madrid',
        tags: ['vip'],
      }),
    );
    const council = await add(
      'Council',
      clientDetails('b2g', { organization: 'Bristol City Council', city: 'Bristol', tags: ['retainer'] }),
    );
    await add('Zoë', clientDetails('b2c', { given: 'Zoë', family: 'Ødegård', city: 'Oslo' }));
    await createProject(
      db,
      projectDetails(acme, {
        finalInvoiceDate: '2026-01-15',
        amount: { amountMinor: 900_00, currency: 'USD' },
      }),
    );
    await createProject(
      db,
      projectDetails(acme, {
        finalInvoiceDate: '2026-03-15',
        amount: { amountMinor: 100_00, currency: 'USD' },
      }),
    );
    await createProject(
      db,
      projectDetails(council, {
        finalInvoiceDate: '2022-05-01',
        amount: { amountMinor: 5000_00, currency: 'USD' },
      }),
    );
    await db.clients.update(council, { verifiedOn: '2024-01-01' });
  });

  it('lists every client by name when nothing is filtered', () => {
    expect(namesFor({})).toEqual(['Acme', 'Council', 'Zoë']);
  });

  it('finds clients by the start of any word in name, organization, email, city or tag', () => {
    expect(namesFor({ search: 'ru' })).toEqual(['Acme']);
    expect(namesFor({ search: 'bris' })).toEqual(['Council']);
    expect(namesFor({ search: 'ana.ruiz@acme' })).toEqual(['Acme']);
    expect(namesFor({ search: 'madrid' })).toEqual(['Acme']);
    expect(namesFor({ search: 'vip' })).toEqual(['Acme']);
    expect(namesFor({ search: 'city coun' })).toEqual(['Council']);
    expect(namesFor({ search: 'uiz' })).toEqual([]);
    expect(namesFor({ search: 'nobody' })).toEqual([]);
  });

  it('matches names without their accents', () => {
    expect(namesFor({ search: 'zoe odeg' })).toEqual(['Zoë']);
    expect(namesFor({ search: 'ØDEGÅRD' })).toEqual(['Zoë']);
  });

  it('filters by kind and tag, and knows the tags in use', () => {
    expect(namesFor({ kind: 'b2g' })).toEqual(['Council']);
    expect(namesFor({ tag: 'vip' })).toEqual(['Acme']);
    expect(namesFor({ kind: 'b2c', tag: 'vip' })).toEqual([]);
    expect(index.tags()).toEqual(['retainer', 'vip']);
  });

  it('filters repeat, lapsed and not-verified clients, following the project figures', () => {
    expect(namesFor({ badge: 'repeat' })).toEqual(['Acme']);
    expect(namesFor({ badge: 'lapsed' })).toEqual(['Council']);
    expect(namesFor({ badge: 'stale' })).toEqual(['Council']);
  });

  it('sorts by total billed and by last project, either way', () => {
    expect(namesFor({ sort: 'totalBilled', descending: true })).toEqual(['Council', 'Acme', 'Zoë']);
    expect(namesFor({ sort: 'lastProject', descending: true })).toEqual(['Acme', 'Council', 'Zoë']);
    expect(namesFor({ sort: 'name', descending: true })).toEqual(['Zoë', 'Council', 'Acme']);
  });

  it('follows deletes and undo, and maps duplicate keys to clients', async () => {
    const acmeId = [...names].find(([, name]) => name === 'Acme')?.[0] as string;
    expect(index.matchKeyMap().get('email:ana.ruiz@acme.example')).toBe(acmeId);
    const trashId = await deleteClient(db, acmeId);
    expect(namesFor({})).toEqual(['Council', 'Zoë']);
    await restoreFromTrash(db, trashId);
    expect(namesFor({})).toEqual(['Acme', 'Council', 'Zoë']);
  });
});

describe('client list index match keys', () => {
  it('maps a key to the one client with it, or to every client sharing it', async () => {
    const { db, index } = await indexedDatabase();
    const ana = clientDetails('b2b', { organization: 'Acme', given: 'Ana', email: 'ana@acme.example' });
    const first = await createClient(db, ana);
    expect(index.matchKeyMap().get('email:ana@acme.example')).toBe(first);
    const second = await createClient(db, { ...ana, organization: 'Acme Two' });
    expect(index.matchKeyMap().get('email:ana@acme.example')).toEqual([first, second]);
    expect(index.matchKeyMap().get('name:ana|acme two')).toBe(second);
  });
});

describe('client list index and transactions', () => {
  it('ignores writes of a transaction that failed', async () => {
    const { db, index } = await indexedDatabase();
    await expect(
      db.transaction('rw', db.clients, async () => {
        await createClient(db, clientDetails('b2b', { organization: 'Never saved' }));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(index.size).toBe(0);
    expect(await db.clients.count()).toBe(0);
  });

  it('reads clients written before it loaded, and reloads after a table is cleared', async () => {
    const db = new ClienteleDatabase(`index-${crypto.randomUUID()}`);
    await db.open();
    for (let n = 0; n < 2500; n += 1) await db.clients.add({ ...(await sampleClient(db, n)) });
    const index = new ClientListIndex();
    db.use(clientListSync(index, db));
    await index.load(db);
    expect(index.size).toBe(2500);
    await db.clients.clear();
    await index.load(db);
    expect(index.size).toBe(0);
  });
});

async function sampleClient(db: ClienteleDatabase, n: number) {
  const id = await createClient(db, clientDetails('b2b', { organization: `Org ${n}` }));
  const client = await db.clients.get(id);
  await db.clients.delete(id);
  if (!client) throw new Error('client missing');
  return client;
}
