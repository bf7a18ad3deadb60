import { buildClientRecord, clientDetailsOf } from '@shared/clients/clientRecord';
import { clientDisplayName } from '@shared/clients/names';
import { emptyProjectSummary } from '@shared/clients/projectSummary';
import { bySortName } from '@shared/clients/sortOrder';
import { newId, nowIso } from '@shared/ids';
import type { Client, ClientDetails } from '@shared/model/client';
import type { ClienteleDatabase } from './database';
import { dependentsOfClient, dependentTables, removeDependents } from './dependentRecords';
import { hasRelationshipLog, relationshipTables } from './relationshipTables';

/** Named operations on clients. Callers validate and normalise details first (shared/clients). */

export async function createClient(db: ClienteleDatabase, details: ClientDetails): Promise<string> {
  const now = nowIso();
  const record = buildClientRecord(
    details,
    { id: newId(), createdAt: now, updatedAt: now },
    emptyProjectSummary,
  );
  await db.clients.add(record);
  return record.id;
}

/** The stored client with new details: same id, creation and batch, a new version (updatedAt). */
export function editedClientRecord(existing: Client, details: ClientDetails): Client {
  return buildClientRecord(
    details,
    {
      id: existing.id,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
      importBatchId: existing.importBatchId,
    },
    existing,
  );
}

export async function updateClient(db: ClienteleDatabase, id: string, details: ClientDetails): Promise<void> {
  await db.transaction('rw', db.clients, async () => {
    const existing = await db.clients.get(id);
    if (!existing) throw new Error('This client no longer exists; it may have been deleted.');
    await db.clients.put(editedClientRecord(existing, details));
  });
}

/** Marks the client's details as checked on the given date. */
export async function markClientVerified(db: ClienteleDatabase, id: string, isoDate: string): Promise<void> {
  await db.transaction('rw', db.clients, async () => {
    const existing = await db.clients.get(id);
    if (!existing) return;
    await db.clients.put({ ...existing, verifiedOn: isoDate, updatedAt: nowIso() });
  });
}

/**
 * Moves a client with its projects, touches and referral to the trash in one transaction; returns the trash entry id
 * for undo.
 */
export async function deleteClient(db: ClienteleDatabase, id: string): Promise<string> {
  const tables = [db.clients, db.projects, db.trash, ...relationshipTables(db), ...dependentTables(db)];
  return db.transaction('rw', tables, async () => {
    const client = await db.clients.get(id);
    if (!client) throw new Error('This client no longer exists; it may have been deleted already.');
    const projects = await db.projects.where('clientId').equals(id).toArray();
    const logged = hasRelationshipLog(db);
    const touches = logged ? await db.touches.where('clientId').equals(id).toArray() : [];
    const referrals = logged ? await db.referrals.where('clientId').equals(id).toArray() : [];
    const dependents = await dependentsOfClient(db, id);
    const trashId = newId();
    await db.trash.add({
      id: trashId,
      deletedAt: nowIso(),
      label: clientDisplayName(client),
      clients: [client],
      projects,
      touches,
      referrals,
      ...dependents,
    });
    await removeDependents(db, dependents);
    await db.projects.bulkDelete(projects.map((project) => project.id));
    if (logged) {
      await db.touches.bulkDelete(touches.map((touch) => touch.id));
      await db.referrals.bulkDelete(referrals.map((referral) => referral.id));
    }
    await db.clients.delete(id);
    return trashId;
  });
}

export async function getClientDetails(
  db: ClienteleDatabase,
  id: string,
): Promise<ClientDetails | undefined> {
  const client = await db.clients.get(id);
  return client ? clientDetailsOf(client) : undefined;
}

/** The clients with these ids that still exist (deleted ones are skipped), in list order. */
export async function loadClientsByIds(db: ClienteleDatabase, ids: readonly string[]): Promise<Client[]> {
  if (ids.length === 0) return [];
  const found = await db.clients.bulkGet([...ids]);
  return found.filter((client): client is Client => client !== undefined).sort(bySortName);
}

export type { Client };
