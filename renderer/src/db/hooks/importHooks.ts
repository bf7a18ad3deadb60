import type { ImportBatch, ImportPreset } from '@shared/model/importBatch';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { countExportable } from '../importExportData';
import { listImportPresets } from '../importPresetsRepository';
import { getImportBatch, recentImportBatches } from '../importRepository';
import { countTouches } from '../touchesRepository';

/** Named live reads of imports and exports for components: undefined while loading. */

/** One import batch: null when there is none (any more) or no id. */
export function useImportBatch(id: string | undefined): ImportBatch | null | undefined {
  return useLiveQuery(async () => (id ? ((await getImportBatch(db, id)) ?? null) : null), [id]);
}

export function useRecentImportBatches(): ImportBatch[] | undefined {
  return useLiveQuery(() => recentImportBatches(db), []);
}

export function useImportPresets(): ImportPreset[] | undefined {
  return useLiveQuery(() => listImportPresets(db), []);
}

/** How many records each export would write. */
export function useExportCounts(): { clients: number; projects: number; touches: number } | undefined {
  return useLiveQuery(async () => ({ ...(await countExportable(db)), touches: await countTouches(db) }), []);
}
