import type { ClientActivityLink } from '@shared/model/marketing';
import type { SurveyAnswer, SurveySending } from '@shared/surveys';
import type { Table } from 'dexie';
import type { ClienteleDatabase } from './database';

/**
 * What belongs to a client or a project besides its projects and touches: the surveys sent for
 * it, their answers and (for a client) the marketing activity it came from. Deleting the owner
 * moves these to the trash with it, so results never point at a deleted client, and undo brings
 * them back.
 */
export interface DependentRecords {
  surveySendings: SurveySending[];
  surveyAnswers: SurveyAnswer[];
  clientActivityLinks: ClientActivityLink[];
}

const tableNames = ['surveySendings', 'surveyAnswers', 'clientActivityLinks'] as const;

/** Whether the database was opened with this table (upgrade tests open older schemas). */
function hasTable(db: ClienteleDatabase, name: (typeof tableNames)[number]): boolean {
  return db.tables.some((table) => table.name === name);
}

/** The dependent tables this schema has, for a transaction's scope. */
export function dependentTables(db: ClienteleDatabase): Table[] {
  return tableNames.filter((name) => hasTable(db, name)).map((name) => db.table(name));
}

async function answersOf(db: ClienteleDatabase, sendings: readonly SurveySending[]): Promise<SurveyAnswer[]> {
  if (!hasTable(db, 'surveyAnswers') || sendings.length === 0) return [];
  return db.surveyAnswers
    .where('sendingId')
    .anyOf(sendings.map((sending) => sending.id))
    .toArray();
}

export async function dependentsOfProject(
  db: ClienteleDatabase,
  projectId: string,
): Promise<DependentRecords> {
  const surveySendings = hasTable(db, 'surveySendings')
    ? await db.surveySendings.where('projectId').equals(projectId).toArray()
    : [];
  return { surveySendings, surveyAnswers: await answersOf(db, surveySendings), clientActivityLinks: [] };
}

export async function dependentsOfClient(db: ClienteleDatabase, clientId: string): Promise<DependentRecords> {
  const surveySendings = hasTable(db, 'surveySendings')
    ? await db.surveySendings.where('clientId').equals(clientId).toArray()
    : [];
  const link = hasTable(db, 'clientActivityLinks') ? await db.clientActivityLinks.get(clientId) : undefined;
  return {
    surveySendings,
    surveyAnswers: await answersOf(db, surveySendings),
    clientActivityLinks: link ? [link] : [],
  };
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

export async function removeDependents(db: ClienteleDatabase, records: DependentRecords): Promise<void> {
  for (const name of tableNames) {
    if (records[name].length > 0) await db.table(name).bulkDelete(ids(records[name]));
  }
}

export async function restoreDependents(
  db: ClienteleDatabase,
  records: Partial<DependentRecords>,
): Promise<void> {
  for (const name of tableNames) {
    const kept = records[name] ?? [];
    if (kept.length > 0 && hasTable(db, name)) await db.table(name).bulkPut(kept);
  }
}
