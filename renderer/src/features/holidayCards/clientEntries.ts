import { type MailingEntry, mailingEntriesForClient, rememberMatchKeys } from '@shared/holidayCards';
import type { Client } from '@shared/model/client';
import type { Settings } from '@shared/model/settings';
import { useEffect } from 'react';

/**
 * Each client's candidate cards, remembered until the client record or the sender's address
 * changes, so adding one client by hand works out one client's cards, not thousands.
 */
let entriesByClient = { addressKey: '', byClient: new WeakMap<Client, MailingEntry[]>() };

/** The clients' candidate cards, each worked out once per client record and sender's address. */
export function clientEntriesFor(settings: Settings): (client: Client) => MailingEntry[] {
  const addressKey = JSON.stringify(settings.ownAddress);
  if (entriesByClient.addressKey !== addressKey) entriesByClient = { addressKey, byClient: new WeakMap() };
  const { byClient } = entriesByClient;
  return (client) => {
    let entries = byClient.get(client);
    if (!entries) {
      entries = mailingEntriesForClient(client, settings);
      byClient.set(client, entries);
    }
    return entries;
  };
}

/** Short enough that a click or key press waiting behind a slice goes unnoticed. */
const sliceMs = 8;

/**
 * Once the list shows, works out the cards (and duplicate keys) of every candidate in idle
 * time, a slice at a time: the first rule change that takes thousands more clients in then
 * finds their addresses already formatted instead of formatting them while the user waits.
 */
export function usePreparedEntries(clients: readonly Client[], settings: Settings): void {
  useEffect(() => {
    const entriesOf = clientEntriesFor(settings);
    let next = 0;
    let handle = 0;
    const work = () => {
      const started = performance.now();
      while (next < clients.length && performance.now() - started < sliceMs) {
        const client = clients[next] as Client;
        rememberMatchKeys(entriesOf(client));
        next += 1;
      }
      if (next < clients.length) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [clients, settings]);
}
