import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../renderer/src/db/clientsRepository';
import { hasClients } from '../../../renderer/src/db/hasClients';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

describe('whether the book has clients (home screen: welcome panel or this week)', () => {
  it('follows the first client added and the last one deleted, live', async () => {
    const db = await freshDatabase();
    const seen: boolean[] = [];
    const subscription = liveQuery(() => hasClients(db)).subscribe((value) => seen.push(value));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    const id = await createClient(db, clientDetails('b2c', { given: 'Ana', family: 'Ruiz' }));
    await settle();
    await deleteClient(db, id);
    await settle();
    subscription.unsubscribe();
    expect(seen).toEqual([false, true, false]);
  });
});
