import type { Project } from '@shared/model/project';
import type { Touch } from '@shared/model/touch';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from './appDatabase';
import type { ClienteleDatabase } from './database';

export interface ClientTimelineData {
  touches: Touch[];
  projects: Project[];
}

/** One client's touches and projects, read by their client indexes in one transaction. */
function clientTimelineData(db: ClienteleDatabase, clientId: string): Promise<ClientTimelineData> {
  return db.transaction('r', db.touches, db.projects, async () => {
    const [touches, projects] = await Promise.all([
      db.touches.where('clientId').equals(clientId).toArray(),
      db.projects.where('clientId').equals(clientId).toArray(),
    ]);
    return { touches, projects };
  });
}

/** A client's timeline data, live; undefined while the first read is under way. */
export function useClientTimelineData(clientId: string): ClientTimelineData | undefined {
  return useLiveQuery(() => clientTimelineData(appDb, clientId), [clientId]);
}
