import { describe, expect, it } from 'vitest';
import {
  dueToBuyEntries,
  type HomeDismissal,
  holidayCardReminder,
  type InsightClient,
  type InsightProject,
  isDismissed,
  lapsedEntries,
  verifyEntries,
} from '../../../../shared/insights';

const today = '2026-11-30';

function client(id: string, fields: Partial<InsightClient> = {}): InsightClient {
  return {
    id,
    name: id,
    kind: 'b2b',
    createdAt: '2020-01-01',
    verifiedOn: '',
    doNotContact: false,
    sourceDetail: '',
    sourceChannel: '',
    ...fields,
  };
}

function project(clientId: string, date: string, amount = 1000): InsightProject {
  return {
    clientId,
    serviceTypeId: 's',
    status: 'completed',
    date,
    amount: { amountMinor: amount, currency: 'USD' },
  };
}

describe('who to contact this week', () => {
  const decembers = ['2023-12-05', '2024-12-10', '2025-12-02'].map((date) => project('yearly', date));

  it('lists a client due to buy within the lead weeks, with the reason, but not one who already bought', () => {
    const clients = [client('yearly'), client('bought'), client('quiet', { doNotContact: true })];
    const projects = [
      ...decembers,
      ...['2023-12-05', '2024-12-10', '2025-12-02', '2026-11-10'].map((date) => project('bought', date)),
      ...['2023-12-05', '2024-12-10', '2025-12-02'].map((date) => project('quiet', date)),
    ];
    const entries = dueToBuyEntries(clients, projects, {
      today,
      dueToBuyLeadWeeks: 6,
      dueToBuyOverdueWeeks: 8,
    });
    expect(entries).toEqual([
      {
        key: 'due:yearly:2026-12-01',
        reason: 'due',
        clientId: 'yearly',
        name: 'yearly',
        detail: 'Bought in December in 2023, 2024 and 2025.',
        date: '2026-12-01',
      },
    ]);
  });

  it('leaves out clients expected later than the lead weeks', () => {
    const entries = dueToBuyEntries([client('yearly')], decembers, {
      today: '2026-09-01',
      dueToBuyLeadWeeks: 6,
      dueToBuyOverdueWeeks: 8,
    });
    expect(entries).toEqual([]);
  });

  it('ranks lapsed clients by value at stake and keys them by their last purchase', () => {
    const entries = lapsedEntries(
      [client('a'), client('b')],
      [project('a', '2020-01-01', 100), project('b', '2021-01-01', 900)],
      {
        today,
        homeCurrency: 'USD',
        lapsedAfterMonths: 24,
      },
    );
    expect(entries.map((entry) => entry.key)).toEqual(['lapsed:b:2021-01-01', 'lapsed:a:2020-01-01']);
    expect(entries[0]?.valueAtStake).toEqual({ USD: 900 });
  });

  it('asks to check details of quiet business and government clients only, unless checked since', () => {
    const clients = [
      client('firm'),
      client('person', { kind: 'b2c' }),
      client('checked', { verifiedOn: '2026-01-01' }),
    ];
    const projects = ['firm', 'person', 'checked'].map((id) => project(id, '2023-06-01'));
    const entries = verifyEntries(clients, projects, { today, verifyAfterMonths: 24 });
    expect(entries.map((entry) => entry.clientId)).toEqual(['firm']);
    expect(entries[0]?.detail).toContain('Is the contact still there');
  });
});

describe('holiday cards in season', () => {
  it('says nothing before October, then prompts to start or send this year’s list', () => {
    expect(holidayCardReminder('2026-09-30', [])).toBeNull();
    expect(holidayCardReminder('2026-10-01', [])).toMatchObject({ key: 'cards:2026:start', listId: '' });
    expect(holidayCardReminder('2026-11-30', [{ id: 'l', year: 2026, sentOn: '' }])).toMatchObject({
      key: 'cards:2026:send',
      listId: 'l',
    });
    expect(holidayCardReminder('2026-12-20', [{ id: 'l', year: 2026, sentOn: '2026-12-10' }])).toBeNull();
  });
});

describe('done and snoozed entries', () => {
  const dismissal = (until: string): HomeDismissal => ({ id: 'k', until, createdAt: '', updatedAt: '' });
  it('hides a done entry for good and a snoozed one until its day comes', () => {
    expect(isDismissed('k', new Map([['k', dismissal('')]]), today)).toBe(true);
    expect(isDismissed('k', new Map([['k', dismissal('2026-12-14')]]), today)).toBe(true);
    expect(isDismissed('k', new Map([['k', dismissal('2026-11-30')]]), today)).toBe(false);
    expect(isDismissed('other', new Map([['k', dismissal('')]]), today)).toBe(false);
  });
});

describe('who to contact leaves out clients contacted recently', () => {
  it('does not list for win back, due to buy or check details a client called last week', () => {
    const calledLastWeek = { lastContactedOn: '2026-11-23' };
    const clients = [
      client('lapsed'),
      client('lapsed-called', calledLastWeek),
      client('yearly'),
      client('yearly-called', calledLastWeek),
    ];
    const projects = [
      project('lapsed', '2022-03-01'),
      project('lapsed-called', '2022-03-01'),
      ...['2023-12-05', '2024-12-10', '2025-12-02'].flatMap((date) => [
        project('yearly', date),
        project('yearly-called', date),
      ]),
    ];
    const options = {
      today,
      homeCurrency: 'USD',
      lapsedAfterMonths: 12,
      dueToBuyLeadWeeks: 6,
      dueToBuyOverdueWeeks: 8,
      verifyAfterMonths: 24,
    };
    const ids = (entries: { clientId: string }[]) => entries.map((entry) => entry.clientId);
    expect(ids(lapsedEntries(clients, projects, options))).toEqual(['lapsed']);
    expect(ids(verifyEntries(clients, projects, options))).toEqual(['lapsed']);
    expect(ids(dueToBuyEntries(clients, projects, options))).toEqual(['yearly']);
  });
});
