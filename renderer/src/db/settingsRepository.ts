import { groupByClient, summarizeProjects } from '@shared/clients/projectSummary';
import { defaultSettings, type Settings } from '@shared/model/settings';
import type { ClienteleDatabase } from './database';

export async function loadSettings(db: ClienteleDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  return { ...defaultSettings, ...row?.value };
}

/**
 * Saves the given settings over the stored ones (the others stay as they are) and returns all of
 * them. Changing the home currency or an exchange rate changes every client's "total billed", so
 * the totals are recomputed in the same transaction.
 */
export async function saveSettings(db: ClienteleDatabase, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, db.clients, db.projects, async () => {
    const previous = await loadSettings(db);
    const settings = { ...previous, ...change };
    await db.settings.put({ key: 'settings', value: settings });
    const sameRates = JSON.stringify(previous.exchangeRates) === JSON.stringify(settings.exchangeRates);
    if (previous.homeCurrency === settings.homeCurrency && sameRates) return settings;
    const projects = await db.projects.toArray();
    const byClient = groupByClient(projects);
    await db.clients.toCollection().modify((client) => {
      Object.assign(client, summarizeProjects(byClient.get(client.id) ?? [], settings));
    });
    return settings;
  });
}
