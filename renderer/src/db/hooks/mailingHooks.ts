import type { MailingList } from '@shared/holidayCards';
import type { Settings } from '@shared/model/settings';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { listMailingLists } from '../mailingListsRepository';
import { loadSettings } from '../settingsRepository';

/** Named live reads of mailing lists for components: undefined while loading. */

export function useMailingLists(): MailingList[] | undefined {
  return useLiveQuery(() => listMailingLists(db), []);
}

export function useMailingListsOfYear(year: number): MailingList[] | undefined {
  return useLiveQuery(() => db.mailingLists.where('year').equals(year).toArray(), [year]);
}

/** The settings as stored, read afresh (the label settings live there). */
export function useStoredSettings(): Settings | undefined {
  return useLiveQuery(() => loadSettings(db), []);
}
