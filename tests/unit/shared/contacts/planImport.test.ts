import { classifyImport, type IncomingClient, matchKeyIndex } from '@shared/contacts/classifyImport';
import { clientMatchKeys } from '@shared/contacts/matchKeys';
import { type DuplicateAction, planImport } from '@shared/contacts/planImport';
import type { ClientDetails } from '@shared/model/client';
import { describe, expect, it } from 'vitest';
import { anaAtRuiz, client, person } from '../../support/clients';

const existing = { ana: anaAtRuiz() };
const entries = Object.entries(existing).map(([id, details]) => ({
  id,
  details,
  matchKeys: clientMatchKeys(details),
}));
const byId = new Map<string, ClientDetails>(entries.map((entry) => [entry.id, entry.details]));
const keyToId = matchKeyIndex(entries);
const batchTag = 'Imported from LinkedIn 2026-11';
const row = (rowNumber: number, details: ClientDetails): IncomingClient => {
  const tagged = { ...details, tags: [...details.tags, batchTag] };
  return { row: rowNumber, details: tagged, matchKeys: clientMatchKeys(tagged), batchTag };
};

const bob = client({
  contacts: [person({ givenName: 'Bob', emails: [{ label: '', value: 'bob@stone.co' }] })],
});
const rows = [
  row(2, bob),
  row(3, { ...anaAtRuiz(), website: 'https://ruiz.es/' }),
  row(4, anaAtRuiz()),
  row(
    5,
    client({
      contacts: [
        person({
          givenName: 'Bob',
          familyName: 'Stone',
          emails: [{ label: '', value: 'bob@stone.co' }],
          phones: [{ label: '', value: '+1 212 555 0100' }],
        }),
      ],
    }),
  ),
];
const plan = (action: DuplicateAction, overrides?: Map<number, DuplicateAction>) =>
  planImport(rows, classifyImport(rows, keyToId, byId), byId, overrides ? { action, overrides } : { action });

describe('planImport', () => {
  it('skips every match when asked, creating only the new clients', () => {
    const result = plan('skip');
    expect(result.create.map((created) => created.rows)).toEqual([[2]]);
    expect(result.update).toEqual([]);
    expect(result.skippedRows).toEqual([3, 4, 5]);
  });

  it('fills empty fields of the matched clients, keeping their state before for undo', () => {
    const result = plan('fill-empty');
    expect(result.update).toHaveLength(1);
    expect(result.update[0]).toMatchObject({ id: 'ana', before: existing.ana, rows: [3] });
    expect(result.update[0]?.after.website).toBe('https://ruiz.es/');
    expect(result.update[0]?.after.tags).toEqual([]);
    expect(result.unchangedRows).toEqual([4]);
    expect(result.create).toHaveLength(1);
    expect(result.create[0]?.rows).toEqual([2, 5]);
    expect(result.create[0]?.details.contacts[0]).toMatchObject({
      givenName: 'Bob',
      familyName: 'Stone',
      phones: [{ label: '', value: '+1 212 555 0100' }],
    });
    expect(result.create[0]?.matchKeys).toContain('phone:+12125550100');
  });

  it('imports matches as new clients when asked, and follows per-row choices', () => {
    expect(plan('import-as-new').create.map((created) => created.rows)).toEqual([[2], [3], [4], [5]]);
    const mixed = plan(
      'skip',
      new Map<number, DuplicateAction>([
        [2, 'skip'],
        [3, 'fill-empty'],
      ]),
    );
    expect(mixed.create).toEqual([]);
    expect(mixed.update.map((update) => update.rows)).toEqual([[3]]);
    expect(mixed.skippedRows).toEqual([2, 4, 5]);
  });
});
