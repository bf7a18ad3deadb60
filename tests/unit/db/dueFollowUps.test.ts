import { newFollowUp } from '@shared/touches/followUps';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { dueFollowUpsPage } from '../../../renderer/src/db/dueFollowUps';
import { completeFollowUp, logTouch, snoozeFollowUp } from '../../../renderer/src/db/touchesRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

describe('the due follow-ups list', () => {
  it('shows the oldest first a page at a time, counting the whole backlog', async () => {
    const db = await freshDatabase();
    const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme', given: 'Ana' }));
    const log = (dueOn: string, action: string) =>
      logTouch(db, {
        clientId,
        kind: 'call',
        date: '2026-10-01',
        personId: '',
        summary: 'Call',
        notes: '',
        followUp: newFollowUp(dueOn, action),
      });
    for (let day = 10; day <= 28; day += 1) await log(`2026-11-${day}`, `Task ${day}`);
    await log('2026-12-05', 'Not yet due');
    const done = await log('2026-11-01', 'Done already');
    await completeFollowUp(db, done, '2026-11-02');
    const snoozed = await log('2026-11-02', 'Snoozed to the 29th');
    await snoozeFollowUp(db, snoozed, '2026-11-29');

    const page = await dueFollowUpsPage(db, '2026-11-30', 5);
    expect(page.total).toBe(20);
    expect(page.entries.map((entry) => entry.followUp.action)).toEqual([
      'Task 10',
      'Task 11',
      'Task 12',
      'Task 13',
      'Task 14',
    ]);
    expect(page.entries[0]?.client.id).toBe(clientId);
    const all = await dueFollowUpsPage(db, '2026-11-30', 50);
    expect(all.entries.at(-1)?.followUp.action).toBe('Snoozed to the 29th');
  });
});
