import type { ProjectDetails } from '@shared/model/project';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { schemaVersions } from '../../../renderer/src/db/schema';

/** A fresh, empty database in fake-indexeddb, under a name no other test uses. */
export async function freshDatabase(): Promise<ClienteleDatabase> {
  const db = new ClienteleDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  return db;
}

export function projectDetails(clientId: string, fields: Partial<ProjectDetails> = {}): ProjectDetails {
  return {
    clientId,
    title: 'Website redesign',
    serviceTypeId: '',
    status: 'completed',
    startDate: '2025-01-10',
    endDate: '2025-02-20',
    finalInvoiceDate: '2025-02-28',
    amount: { amountMinor: 500_000, currency: 'USD' },
    notes: '',
    ...fields,
  };
}

/** Opens a database as the release with the given schema version left it, for upgrade tests. */
export function databaseAtVersion(name: string, version: number): ClienteleDatabase {
  return new ClienteleDatabase(
    name,
    schemaVersions.filter((schema) => schema.version <= version),
  );
}
