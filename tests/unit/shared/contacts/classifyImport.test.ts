import { readFileSync } from 'node:fs';
import {
  classifyImport,
  type IncomingClient,
  matchedExistingIds,
  matchKeyIndex,
} from '@shared/contacts/classifyImport';
import { clientMatchKeys } from '@shared/contacts/matchKeys';
import { clientsCsv } from '@shared/export/clientsCsv';
import { parseContactsFile } from '@shared/import';
import type { ClientDetails } from '@shared/model/client';
import { describe, expect, it } from 'vitest';
import { anaAtRuiz, client, person } from '../../support/clients';

const incoming = (details: ClientDetails, row = 2, batchTag = ''): IncomingClient => ({
  row,
  details,
  matchKeys: clientMatchKeys(details),
  batchTag,
});
const book = (clients: Record<string, ClientDetails>) => {
  const entries = Object.entries(clients).map(([id, details]) => ({
    id,
    details,
    matchKeys: clientMatchKeys(details),
  }));
  return {
    keyToId: matchKeyIndex(entries),
    byId: new Map(entries.map((entry) => [entry.id, entry.details])),
  };
};
const statuses = (rows: IncomingClient[], existing: Record<string, ClientDetails>) => {
  const { keyToId, byId } = book(existing);
  return classifyImport(rows, keyToId, byId).matches.map((match) => [
    match.status,
    match.existingId ?? match.earlierIndex,
  ]);
};

describe('classifyImport', () => {
  it('tells new rows, duplicates, conflicts and repeats within the file apart', () => {
    const ana = anaAtRuiz();
    const rows = [
      incoming(
        client({ contacts: [person({ givenName: 'Bob', emails: [{ label: '', value: 'bob@stone.co' }] })] }),
        2,
      ),
      incoming({ ...anaAtRuiz(), tags: ['VIP'] }, 3),
      incoming({ ...anaAtRuiz(), address: { ...ana.address, city: 'Barcelona' } }, 4),
      incoming(
        client({
          contacts: [person({ givenName: 'Robert', emails: [{ label: '', value: 'BOB@stone.co' }] })],
        }),
        5,
      ),
    ];
    const { keyToId, byId } = book({ ana });
    const result = classifyImport(rows, keyToId, byId);
    expect(result.matches.map((match) => [match.status, match.existingId ?? match.earlierIndex])).toEqual([
      ['new', null],
      ['duplicate', 'ana'],
      ['conflict', 'ana'],
      ['file-duplicate', 0],
    ]);
    expect(result.matches[2]?.differences).toEqual([
      { field: 'address.city', existing: 'Madrid', incoming: 'Barcelona' },
    ]);
    expect(result.matches[3]?.differences).toEqual([
      { field: 'contacts.0.givenName', existing: 'Bob', incoming: 'Robert' },
    ]);
    expect(result.counts).toEqual({ new: 1, duplicate: 1, conflict: 1, 'file-duplicate': 1 });
    expect(matchedExistingIds(rows, keyToId)).toEqual(['ana']);
  });

  it('does not take two people with the same name and different emails for one', () => {
    const maria = (email: string) =>
      client({
        contacts: [
          person({ givenName: 'María', familyName: 'García', emails: [{ label: '', value: email }] }),
        ],
      });
    const nameOnly = client({ contacts: [person({ givenName: 'Maria', familyName: 'Garcia' })] });
    expect(
      statuses([incoming(maria('maria@one.es')), incoming(nameOnly)], { other: maria('maria@two.es') }),
    ).toEqual([
      ['new', null],
      ['duplicate', 'other'],
    ]);
  });

  it('does not count the batch tag as a difference', () => {
    expect(
      statuses(
        [
          incoming(
            { ...anaAtRuiz(), tags: ['Imported from Google 2026-11'] },
            2,
            'Imported from Google 2026-11',
          ),
        ],
        { ana: anaAtRuiz() },
      ),
    ).toEqual([['duplicate', 'ana']]);
  });

  it('prefers the client it does not disagree with, when an earlier import created its twin', () => {
    const moved = { ...anaAtRuiz(), address: { ...anaAtRuiz().address, city: 'Sevilla' } };
    expect(statuses([incoming(moved)], { ana: anaAtRuiz(), twin: moved })).toEqual([['duplicate', 'twin']]);
  });

  it('finds every row of a file a duplicate when the same file is imported again', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../../fixtures/contacts/google.csv', import.meta.url)),
    );
    const first = await parseContactsFile(bytes, 'google.csv', { batchTag: 'Imported from Google 2026-11' });
    const created = Object.fromEntries(
      first.contacts.map((contact, index) => [`c${index}`, contact.details]),
    );
    const second = await parseContactsFile(bytes, 'google.csv', { batchTag: 'Imported from Google 2026-12' });
    expect(statuses(second.contacts, created).map(([status]) => status)).toEqual(
      first.contacts.map(() => 'duplicate'),
    );
  });

  it('finds exported clients duplicates of themselves when the export is imported back', async () => {
    const clients = {
      ana: anaAtRuiz(),
      cafe: client({ kind: 'b2b', organization: 'Kaffebrygghuset' }),
      zoe: client({
        contacts: [
          person({
            givenName: 'Zoë',
            familyName: 'Østergaard',
            phones: [{ label: 'home', value: '+45 32 12 34 56' }],
          }),
        ],
      }),
    };
    const result = await parseContactsFile(
      new TextEncoder().encode(clientsCsv(Object.values(clients))),
      'clients.csv',
    );
    expect(statuses(result.contacts, clients)).toEqual([
      ['duplicate', 'ana'],
      ['duplicate', 'cafe'],
      ['duplicate', 'zoe'],
    ]);
  });
});
