import type { TouchDetails } from '@shared/model/touch';
import { newFollowUp } from '@shared/touches/followUps';
import { describe, expect, it } from 'vitest';
import {
  createClient,
  deleteClient,
  getClientDetails,
  updateClient,
} from '../../../renderer/src/db/clientsRepository';
import type { ClienteleDatabase } from '../../../renderer/src/db/database';
import { undoImportBatch } from '../../../renderer/src/db/importRepository';
import {
  createMailingList,
  markMailingListNotSent,
  markMailingListSent,
} from '../../../renderer/src/db/mailingListsRepository';
import { createProject, deleteProject, updateProject } from '../../../renderer/src/db/projectsRepository';
import {
  clientTouches,
  completeFollowUp,
  deleteTouch,
  followUpsNeedingAttention,
  logTouch,
  rescheduleFollowUp,
  restoreFollowUp,
  snoozeFollowUp,
  updateTouch,
} from '../../../renderer/src/db/touchesRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { importFile } from './importTestSupport';
import { freshDatabase, projectDetails } from './testDatabase';

function call(clientId: string, fields: Partial<TouchDetails> = {}): TouchDetails {
  return {
    clientId,
    kind: 'call',
    date: '2026-11-20',
    personId: '',
    summary: 'Talked about the launch',
    notes: '',
    followUp: null,
    ...fields,
  };
}

async function bookWithAcme(): Promise<{ db: ClienteleDatabase; clientId: string }> {
  const db = await freshDatabase();
  const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme', given: 'Ana' }));
  return { db, clientId };
}

describe('touches', () => {
  it('keeps last contacted in step as touches are logged, edited, deleted and restored', async () => {
    const { db, clientId } = await bookWithAcme();
    const first = await logTouch(db, call(clientId, { date: '2026-11-20' }));
    await logTouch(db, call(clientId, { date: '2026-10-01' }));
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2026-11-20');
    await updateTouch(db, first, call(clientId, { date: '2026-09-01' }));
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2026-10-01');
    const second = (await clientTouches(db, clientId)).find((touch) => touch.date === '2026-10-01');
    const trashId = await deleteTouch(db, second?.id ?? '');
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2026-09-01');
    await restoreFromTrash(db, trashId);
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2026-10-01');
    expect(await clientTouches(db, clientId)).toHaveLength(2);
  });

  it("keeps last contacted when the client's details are edited", async () => {
    const { db, clientId } = await bookWithAcme();
    await logTouch(db, call(clientId));
    const details = await getClientDetails(db, clientId);
    if (!details) throw new Error('client missing');
    await updateClient(db, clientId, { ...details, notes: 'Prefers mornings' });
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2026-11-20');
  });

  it('lists follow-ups due or overdue, leaves snoozed and done ones out, and undoes a change', async () => {
    const { db, clientId } = await bookWithAcme();
    const id = await logTouch(
      db,
      call(clientId, { followUp: newFollowUp('2026-11-25', 'Send the proposal') }),
    );
    const ids = async (today: string) =>
      (await followUpsNeedingAttention(db, today)).map((touch) => touch.id);
    expect(await ids('2026-11-24')).toEqual([]);
    expect(await ids('2026-11-25')).toEqual([id]);
    const before = await snoozeFollowUp(db, id, '2026-11-28');
    expect(await ids('2026-11-27')).toEqual([]);
    expect(await ids('2026-11-28')).toEqual([id]);
    await restoreFollowUp(db, id, before);
    expect(await ids('2026-11-25')).toEqual([id]);
    await rescheduleFollowUp(db, id, '2026-12-02');
    expect(await ids('2026-12-01')).toEqual([]);
    await completeFollowUp(db, id, '2026-12-02');
    expect(await ids('2027-01-01')).toEqual([]);
    expect((await db.touches.get(id))?.followUp?.doneOn).toBe('2026-12-02');
  });

  it('moves a client’s touches to the trash with the client and back on undo', async () => {
    const { db, clientId } = await bookWithAcme();
    await logTouch(db, call(clientId));
    const trashId = await deleteClient(db, clientId);
    expect(await db.touches.count()).toBe(0);
    await restoreFromTrash(db, trashId);
    expect(await clientTouches(db, clientId)).toHaveLength(1);
  });
});

describe('touches the app logs', () => {
  it('logs a project start and finish once each, and removes them with the project', async () => {
    const { db, clientId } = await bookWithAcme();
    const projectId = await createProject(
      db,
      projectDetails(clientId, { status: 'active', startDate: '2025-03-01' }),
    );
    await updateProject(
      db,
      projectId,
      projectDetails(clientId, { status: 'completed', endDate: '2025-04-01' }),
    );
    await updateProject(db, projectId, projectDetails(clientId, { status: 'completed', notes: 'paid' }));
    const summaries = (await clientTouches(db, clientId)).map((touch) => [touch.appEvent, touch.date]);
    expect(summaries.sort()).toEqual([
      ['project-finished', '2025-04-01'],
      ['project-started', '2025-03-01'],
    ]);
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2025-04-01');
    const trashId = await deleteProject(db, projectId);
    expect(await clientTouches(db, clientId)).toHaveLength(0);
    await restoreFromTrash(db, trashId);
    expect(await clientTouches(db, clientId)).toHaveLength(2);
  });

  it('logs a holiday card per client when a list is marked sent, and takes it back when unmarked', async () => {
    const { db, clientId } = await bookWithAcme();
    const listId = await createMailingList(db, 2026);
    await markMailingListSent(db, listId, [clientId, 'deleted-client'], '2026-12-10');
    const touches = await clientTouches(db, clientId);
    expect(touches.map((touch) => [touch.kind, touch.appEvent, touch.date])).toEqual([
      ['letter', 'holiday-card-sent', '2026-12-10'],
    ]);
    expect(await db.touches.count()).toBe(1);
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2026-12-10');
    await markMailingListNotSent(db, listId);
    expect(await db.touches.count()).toBe(0);
    expect((await db.clients.get(clientId))?.lastContactedOn).toBeUndefined();
  });

  it('logs an import as quiet entries, not as contact, and removes them when the import is undone', async () => {
    const db = await freshDatabase();
    const { batch } = await importFile(
      db,
      'contacts.csv',
      'Name,Email\nBob Stone,bob@stone.example\nEve Ko,eve@ko.example\n',
    );
    const touches = await db.touches.toArray();
    expect(touches).toHaveLength(2);
    expect(touches.every((touch) => touch.quiet && touch.appEvent === 'import-created')).toBe(true);
    expect(touches[0]?.summary).toBe('Added by importing contacts.csv');
    expect((await db.clients.toArray()).every((client) => client.lastContactedOn === undefined)).toBe(true);
    await undoImportBatch(db, batch.id);
    expect(await db.touches.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);
  });
});
