import { csvBytes } from '@shared/csv/writeCsv';
import { localDateOf } from '@shared/dates/days';
import { clientsCsv } from '@shared/export/clientsCsv';
import { clientsToVCard } from '@shared/export/clientsVCard';
import { contactsAppCsv } from '@shared/export/contactsAppCsv';
import { projectsCsv } from '@shared/export/projectsCsv';
import { touchesCsv } from '@shared/export/touchesCsv';
import { loadClientsForExport, loadProjectsForExport } from '../../../db/importExportData';
import { loadTouchesForExport } from '../../../db/touchesExport';
import type { WorkerDatabase } from '../../../db/workerDatabase';
import type { ExportFormat } from './importProtocol';

/**
 * Builds an export file in the worker: reading every client and writing the text would hold the
 * page for a second with 20,000 clients. Returns the bytes and how many records they hold.
 */
export async function exportFile(
  db: WorkerDatabase,
  format: ExportFormat,
): Promise<{ bytes: Uint8Array; count: number }> {
  if (format === 'projects-csv') {
    const { projects, clients, serviceTypes } = await loadProjectsForExport(db);
    const clientsById = new Map(clients.map((client) => [client.id, client]));
    return { bytes: csvBytes(projectsCsv(projects, clientsById, serviceTypes)), count: projects.length };
  }
  if (format === 'touches-csv') {
    const { touches, clients } = await loadTouchesForExport(db);
    const clientsById = new Map(clients.map((client) => [client.id, client]));
    return {
      bytes: csvBytes(touchesCsv(touches, clientsById, localDateOf(new Date()))),
      count: touches.length,
    };
  }
  const clients = await loadClientsForExport(db);
  if (format === 'clients-csv') return { bytes: csvBytes(clientsCsv(clients)), count: clients.length };
  if (format === 'contacts-app-csv')
    return { bytes: csvBytes(contactsAppCsv(clients)), count: clients.length };
  const version = format === 'vcard-3.0' ? '3.0' : '4.0';
  return { bytes: new TextEncoder().encode(clientsToVCard(clients, version)), count: clients.length };
}
