import { describe, expect, it, vi } from 'vitest';
import { createClient, deleteClient } from '../../../renderer/src/db/clientsRepository';
import { hasClients } from '../../../renderer/src/db/hasClients';
import { windowLiveValue } from '../../../renderer/src/db/windowLiveValue';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

describe('a read kept live for the window (Home opens without waiting on the database)', () => {
  it('stays current while no screen shows it, so the next screen renders the right value at once', async () => {
    const db = await freshDatabase();
    const live = windowLiveValue(() => hasClients(db));
    expect(live.current()).toBeUndefined();
    live.start();
    await vi.waitFor(() => expect(live.current()).toBe(false));

    const id = await createClient(db, clientDetails('b2c', { given: 'Ana', family: 'Ruiz' }));
    await vi.waitFor(() => expect(live.current()).toBe(true));

    const listener = vi.fn();
    const unsubscribe = live.subscribe(listener);
    await deleteClient(db, id);
    await vi.waitFor(() => expect(live.current()).toBe(false));
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    live.stop();
  });

  it('forgets its value when stopped and reads afresh on the next start', async () => {
    const db = await freshDatabase();
    const live = windowLiveValue(() => db.clients.count());
    live.start();
    await vi.waitFor(() => expect(live.current()).toBe(0));
    live.stop();
    await createClient(db, clientDetails('b2c', { given: 'Ana', family: 'Ruiz' }));
    expect(live.current()).toBeUndefined();
    live.start();
    await vi.waitFor(() => expect(live.current()).toBe(1));
    live.stop();
  });

  it('hands a failed read to the screen instead of showing stale figures', async () => {
    const live = windowLiveValue<number>(() => Promise.reject(new Error('The disk is full')));
    live.start();
    await vi.waitFor(() => expect(() => live.current()).toThrow('The disk is full'));
    live.stop();
  });
});
