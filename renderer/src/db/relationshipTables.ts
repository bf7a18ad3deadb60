import type { Table } from 'dexie';
import type { ClienteleDatabase } from './database';

/**
 * Whether the database has the relationship log (touches, referrals: schema version 5). Upgrade
 * tests open databases at older schemas and fill them through the repositories, which then
 * write what those schemas hold and nothing more.
 */
export function hasRelationshipLog(db: ClienteleDatabase): boolean {
  // Dexie defines a property per table of the schema it opened with.
  return (db as Partial<ClienteleDatabase>).touches !== undefined;
}

/** The relationship tables, for a transaction's scope; none on an older schema. */
export function relationshipTables(db: ClienteleDatabase): Table[] {
  return hasRelationshipLog(db) ? [db.touches, db.referrals] : [];
}
