import { defaultClientListFilters } from '@shared/clients/listQuery';
import { defaultSettings } from '@shared/model/settings';
import { describe, expect, it } from 'vitest';
import { firstPageOfClients } from '../../../renderer/src/db/clientListFirstPage';
import { ClientListIndex } from '../../../renderer/src/db/clientListIndex';
import { createClient, deleteClient } from '../../../renderer/src/db/clientsRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

const people = [
  ['Zoë', 'Álvarez'],
  ['bruno', 'keller'],
  ['Ana', 'Ruiz'],
  ['Émile', 'Zola'],
  ['Chen', 'Wei'],
] as const;

async function bookOfPeople() {
  const db = await freshDatabase();
  const ids = new Map<string, string>();
  for (const [given, family] of people) {
    ids.set(await createClient(db, clientDetails('b2c', { given, family })), `${given} ${family}`);
  }
  await createClient(db, clientDetails('b2b', { organization: 'acme studio' }));
  return { db, names: (list: string[]) => list.map((id) => ids.get(id) ?? 'acme studio') };
}

describe('the client list before its index has loaded (start-up with a large book)', () => {
  it('shows the first clients by name and counts every client', async () => {
    const { db, names } = await bookOfPeople();
    const page = await firstPageOfClients(db, 3);
    expect(page.total).toBe(6);
    // By family name, or organization, with case and accents set aside.
    expect(names(page.ids)).toEqual(['acme studio', 'Zoë Álvarez', 'bruno keller']);
  });

  it('shows the same rows in the same order as the loaded index, so nothing jumps when it is ready', async () => {
    const { db, names } = await bookOfPeople();
    const index = new ClientListIndex();
    await index.load(db);
    const indexed = index.query(defaultClientListFilters, defaultSettings, '2026-11-23');
    const page = await firstPageOfClients(db, 4);
    expect(names(page.ids)).toEqual(names(indexed.slice(0, 4)));
  });

  it('leaves out deleted clients', async () => {
    const { db, names } = await bookOfPeople();
    const first = await firstPageOfClients(db, 1);
    await deleteClient(db, first.ids[0] as string);
    const after = await firstPageOfClients(db, 6);
    expect(after.total).toBe(5);
    expect(names(after.ids)).not.toContain(names(first.ids)[0]);
  });
});
