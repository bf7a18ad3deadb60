import { summarizeProjects } from '@shared/clients/projectSummary';
import { newId, nowIso } from '@shared/ids';
import type { ProjectDetails } from '@shared/model/project';
import type { ClienteleDatabase } from './database';
import { ensureServiceType } from './serviceTypesRepository';
import { loadSettings } from './settingsRepository';

/**
 * Named operations on projects. Every write recomputes the client's project figures (last
 * project, total billed...) in the same transaction, so the list never shows stale totals.
 */

export async function refreshClientSummary(db: ClienteleDatabase, clientId: string): Promise<void> {
  const settings = await loadSettings(db);
  const [client, projects] = await Promise.all([
    db.clients.get(clientId),
    db.projects.where('clientId').equals(clientId).toArray(),
  ]);
  if (!client) return;
  await db.clients.put({ ...client, ...summarizeProjects(projects, settings) });
}

export async function createProject(db: ClienteleDatabase, details: ProjectDetails): Promise<string> {
  return db.transaction('rw', db.projects, db.clients, db.settings, async () => {
    if (!(await db.clients.get(details.clientId)))
      throw new Error('The client of this project no longer exists.');
    const now = nowIso();
    const id = newId();
    await db.projects.add({ ...details, id, createdAt: now, updatedAt: now });
    await refreshClientSummary(db, details.clientId);
    return id;
  });
}

export async function updateProject(
  db: ClienteleDatabase,
  id: string,
  details: ProjectDetails,
): Promise<void> {
  await db.transaction('rw', db.projects, db.clients, db.settings, async () => {
    const existing = await db.projects.get(id);
    if (!existing) throw new Error('This project no longer exists; it may have been deleted.');
    await db.projects.put({ ...details, id, createdAt: existing.createdAt, updatedAt: nowIso() });
    await refreshClientSummary(db, details.clientId);
    if (existing.clientId !== details.clientId) await refreshClientSummary(db, existing.clientId);
  });
}

/** Moves a project to the trash; returns the trash entry id for undo. */
export async function deleteProject(db: ClienteleDatabase, id: string): Promise<string> {
  return db.transaction('rw', db.projects, db.clients, db.settings, db.trash, async () => {
    const project = await db.projects.get(id);
    if (!project) throw new Error('This project no longer exists; it may have been deleted already.');
    const trashId = newId();
    await db.trash.add({
      id: trashId,
      deletedAt: nowIso(),
      label: project.title,
      clients: [],
      projects: [project],
    });
    await db.projects.delete(id);
    await refreshClientSummary(db, project.clientId);
    return trashId;
  });
}

/**
 * Creates (no id) or updates a project whose service type is given by name, creating the
 * service type if it is new: one transaction, so a failure leaves neither behind.
 */
export async function saveProject(
  db: ClienteleDatabase,
  id: string | undefined,
  details: Omit<ProjectDetails, 'serviceTypeId'>,
  serviceTypeName: string,
): Promise<string> {
  return db.transaction('rw', db.projects, db.clients, db.settings, db.serviceTypes, async () => {
    const serviceTypeId = await ensureServiceType(db, serviceTypeName);
    const full = { ...details, serviceTypeId };
    if (id === undefined) return createProject(db, full);
    await updateProject(db, id, full);
    return id;
  });
}
