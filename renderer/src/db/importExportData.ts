import type { Client } from '@shared/model/client';
import type { Project, ServiceType } from '@shared/model/project';
import type { ClienteleDatabase } from './database';

/** Every client, in list order (by sort name), for an export file. */
export function loadClientsForExport(db: ClienteleDatabase): Promise<Client[]> {
  return db.clients.orderBy('sortName').toArray();
}

/** Every project with the names of their clients and services, for the projects CSV. */
export async function loadProjectsForExport(
  db: ClienteleDatabase,
): Promise<{ projects: Project[]; clients: Client[]; serviceTypes: ServiceType[] }> {
  return db.transaction('r', db.projects, db.clients, db.serviceTypes, async () => {
    const projects = await db.projects.toArray();
    const clientIds = [...new Set(projects.map((project) => project.clientId))];
    const clients = (await db.clients.bulkGet(clientIds)).filter(
      (client): client is Client => client !== undefined,
    );
    const serviceTypes = await db.serviceTypes.toArray();
    return { projects, clients, serviceTypes };
  });
}

/** How many clients and projects an export would hold, for the export buttons. */
export async function countExportable(db: ClienteleDatabase): Promise<{ clients: number; projects: number }> {
  const [clients, projects] = await Promise.all([db.clients.count(), db.projects.count()]);
  return { clients, projects };
}
