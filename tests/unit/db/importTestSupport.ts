import { matchKeyIndex } from '@shared/contacts/classifyImport';
import type { DuplicateAction } from '@shared/contacts/planImport';
import type { ClienteleDatabase } from '../../../renderer/src/db/database';
import { commitImport, type PreparedImport } from '../../../renderer/src/db/importRepository';
import { detectedSettings } from '../../../renderer/src/features/importExport/worker/importProtocol';
import { ImportSession } from '../../../renderer/src/features/importExport/worker/importSession';
import { prepareImport } from '../../../renderer/src/features/importExport/worker/prepareImport';

const bytesOf = (text: string) => new TextEncoder().encode(text);

const noWork = { signal: new AbortController().signal, progress: () => {} };

/** Reads a file as the import worker does, against the clients in the database now. */
export async function openImport(
  db: ClienteleDatabase,
  fileName: string,
  text: string,
): Promise<ImportSession> {
  const lookup = matchKeyIndex(await db.clients.toArray());
  const session = new ImportSession(fileName, bytesOf(text), lookup, () => db);
  await session.read(detectedSettings, noWork);
  return session;
}

/** The writes the worker would commit for the file, with one choice for every matching row. */
export async function prepareFileImport(
  db: ClienteleDatabase,
  fileName: string,
  text: string,
  action: DuplicateAction = 'skip',
  batchTag = 'Imported from a spreadsheet 2026-11',
): Promise<PreparedImport> {
  const session = await openImport(db, fileName, text);
  return prepareImport(session, { action, overrides: [], batchTag });
}

/** Opens, prepares and commits the file in one go, as choosing Import would. */
export async function importFile(
  db: ClienteleDatabase,
  fileName: string,
  text: string,
  action: DuplicateAction = 'skip',
) {
  return commitImport(db, await prepareFileImport(db, fileName, text, action));
}

/** Every client, by id, for comparing the whole table before and after. */
export async function allClients(db: ClienteleDatabase) {
  return (await db.clients.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}
