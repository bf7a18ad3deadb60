import { summarizeProjects } from '@shared/clients/projectSummary';
import { todayIso } from '@shared/dates/isoDate';
import { newId, nowIso } from '@shared/ids';
import type { Project, ProjectDetails } from '@shared/model/project';
import { projectMilestones } from '@shared/touches/projectMilestones';
import type { ClienteleDatabase } from './database';
import { dependentsOfProject, dependentTables, removeDependents } from './dependentRecords';
import { hasRelationshipLog, relationshipTables } from './relationshipTables';
import { ensureServiceType } from './serviceTypesRepository';
import { loadSettings } from './settingsRepository';
import { logAppTouches, removeAppTouches } from './touchesRepository';

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

/** Logs "project started" and "project finished" on the client's timeline as the status moves. */
function logMilestones(db: ClienteleDatabase, before: Project | undefined, after: Project): Promise<void> {
  return logAppTouches(db, projectMilestones(before, after, todayIso()));
}

export async function createProject(db: ClienteleDatabase, details: ProjectDetails): Promise<string> {
  return db.transaction('rw', [db.projects, db.clients, db.settings, ...relationshipTables(db)], async () => {
    if (!(await db.clients.get(details.clientId)))
      throw new Error('The client of this project no longer exists.');
    const now = nowIso();
    const id = newId();
    const project = { ...details, id, createdAt: now, updatedAt: now };
    await db.projects.add(project);
    await refreshClientSummary(db, details.clientId);
    await logMilestones(db, undefined, project);
    return id;
  });
}

export async function updateProject(
  db: ClienteleDatabase,
  id: string,
  details: ProjectDetails,
): Promise<void> {
  await db.transaction('rw', [db.projects, db.clients, db.settings, ...relationshipTables(db)], async () => {
    const existing = await db.projects.get(id);
    if (!existing) throw new Error('This project no longer exists; it may have been deleted.');
    const project = { ...details, id, createdAt: existing.createdAt, updatedAt: nowIso() };
    await db.projects.put(project);
    await refreshClientSummary(db, details.clientId);
    await logMilestones(db, existing, project);
    if (existing.clientId !== details.clientId) await refreshClientSummary(db, existing.clientId);
  });
}

/** Moves a project to the trash; returns the trash entry id for undo. */
export async function deleteProject(db: ClienteleDatabase, id: string): Promise<string> {
  return db.transaction(
    'rw',
    [db.projects, db.clients, db.settings, db.trash, ...relationshipTables(db), ...dependentTables(db)],
    async () => {
      const project = await db.projects.get(id);
      if (!project) throw new Error('This project no longer exists; it may have been deleted already.');
      const trashId = newId();
      const touches = hasRelationshipLog(db) ? await db.touches.where('sourceId').equals(id).toArray() : [];
      const dependents = await dependentsOfProject(db, id);
      await db.trash.add({
        id: trashId,
        deletedAt: nowIso(),
        label: project.title,
        clients: [],
        projects: [project],
        touches,
        ...dependents,
      });
      await db.projects.delete(id);
      await removeDependents(db, dependents);
      await refreshClientSummary(db, project.clientId);
      await removeAppTouches(db, id);
      return trashId;
    },
  );
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
  return db.transaction(
    'rw',
    [db.projects, db.clients, db.settings, db.serviceTypes, ...relationshipTables(db)],
    async () => {
      const serviceTypeId = await ensureServiceType(db, serviceTypeName);
      const full = { ...details, serviceTypeId };
      if (id === undefined) return createProject(db, full);
      await updateProject(db, id, full);
      return id;
    },
  );
}

/** Every project of one client (any order), or of several clients. */
export function projectsOfClient(db: ClienteleDatabase, clientId: string): Promise<Project[]> {
  return db.projects.where('clientId').equals(clientId).toArray();
}

export function projectsOfClients(db: ClienteleDatabase, clientIds: readonly string[]): Promise<Project[]> {
  return db.projects
    .where('clientId')
    .anyOf([...clientIds])
    .toArray();
}
