import { newId, nowIso } from '@shared/ids';
import type { ServiceType } from '@shared/model/project';
import { collapseWhitespace } from '@shared/text/normalize';
import type { ClienteleDatabase } from './database';

function serviceTypeNameKey(name: string): string {
  return collapseWhitespace(name).toLowerCase();
}

/**
 * Returns the id of the service type with this name (ignoring case and spacing), creating it
 * if it is new. '' for an empty name.
 */
export async function ensureServiceType(db: ClienteleDatabase, name: string): Promise<string> {
  const clean = collapseWhitespace(name);
  if (clean === '') return '';
  return db.transaction('rw', db.serviceTypes, async () => {
    const nameKey = serviceTypeNameKey(clean);
    const existing = await db.serviceTypes.where('nameKey').equals(nameKey).first();
    if (existing) return existing.id;
    const now = nowIso();
    const id = newId();
    await db.serviceTypes.add({ id, name: clean, nameKey, createdAt: now, updatedAt: now });
    return id;
  });
}

export async function listServiceTypes(db: ClienteleDatabase): Promise<ServiceType[]> {
  const types = await db.serviceTypes.toArray();
  return types.sort((a, b) => a.name.localeCompare(b.name));
}
