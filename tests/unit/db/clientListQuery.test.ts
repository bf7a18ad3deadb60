import { defaultSettings } from '@shared/model/settings';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ClientListFilters,
  defaultClientListFilters,
  queryClientIds,
} from '../../../renderer/src/db/clientListQuery';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import type { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { clientDetails, freshDatabase, projectDetails } from './testDatabase';

const today = '2026-11-23';
let db: ClienteleDatabase;
const names = new Map<string, string>();

async function namesFor(filters: Partial<ClientListFilters>): Promise<string[]> {
  const ids = await queryClientIds(db, { ...defaultClientListFilters, ...filters }, defaultSettings, today);
  return ids.map((id) => names.get(id) ?? id);
}

beforeAll(async () => {
  db = await freshDatabase();
  const add = async (name: string, details: ReturnType<typeof clientDetails>) => {
    const id = await createClient(db, details);
    names.set(id, name);
    return id;
  };
  const acme = await add(
    'Acme',
    clientDetails('b2b', {
      organization: 'Acme',
      given: 'Ana',
      family: 'Ruiz',
      email: 'ana.ruiz@acme.example',
      city: 'Madrid',
      tags: ['vip'],
    }),
  );
  const council = await add(
    'Council',
    clientDetails('b2g', { organization: 'Bristol City Council', city: 'Bristol' }),
  );
  await add('Zoë', clientDetails('b2c', { given: 'Zoë', family: 'Ødegård', city: 'Oslo' }));
  await createProject(
    db,
    projectDetails(acme, {
      finalInvoiceDate: '2026-01-15',
      amount: { amountMinor: 900_00, currency: 'USD' },
    }),
  );
  await createProject(
    db,
    projectDetails(acme, {
      finalInvoiceDate: '2026-03-15',
      amount: { amountMinor: 100_00, currency: 'USD' },
    }),
  );
  await createProject(
    db,
    projectDetails(council, {
      finalInvoiceDate: '2022-05-01',
      amount: { amountMinor: 5000_00, currency: 'USD' },
    }),
  );
  await db.clients.update(council, { verifiedOn: '2024-01-01' });
});

describe('client list query', () => {
  it('lists every client by name when nothing is filtered', async () => {
    expect(await namesFor({})).toEqual(['Acme', 'Council', 'Zoë']);
  });

  it('finds clients by the start of any word in name, organization, email, city or tag', async () => {
    expect(await namesFor({ search: 'ru' })).toEqual(['Acme']);
    expect(await namesFor({ search: 'bris' })).toEqual(['Council']);
    expect(await namesFor({ search: 'ana.ruiz@acme' })).toEqual(['Acme']);
    expect(await namesFor({ search: 'madrid' })).toEqual(['Acme']);
    expect(await namesFor({ search: 'vip' })).toEqual(['Acme']);
    expect(await namesFor({ search: 'city coun' })).toEqual(['Council']);
    expect(await namesFor({ search: 'nobody' })).toEqual([]);
  });

  it('matches names without their accents', async () => {
    expect(await namesFor({ search: 'zoe odeg' })).toEqual(['Zoë']);
    expect(await namesFor({ search: 'ØDEGÅRD' })).toEqual(['Zoë']);
  });

  it('filters by kind and tag', async () => {
    expect(await namesFor({ kind: 'b2g' })).toEqual(['Council']);
    expect(await namesFor({ tag: 'vip' })).toEqual(['Acme']);
    expect(await namesFor({ kind: 'b2c', tag: 'vip' })).toEqual([]);
  });

  it('filters repeat, lapsed and not-verified clients', async () => {
    expect(await namesFor({ badge: 'repeat' })).toEqual(['Acme']);
    expect(await namesFor({ badge: 'lapsed' })).toEqual(['Council']);
    expect(await namesFor({ badge: 'stale' })).toEqual(['Council']);
  });

  it('sorts by total billed and by last project, either way', async () => {
    expect(await namesFor({ sort: 'totalBilled', descending: true })).toEqual(['Council', 'Acme', 'Zoë']);
    expect(await namesFor({ sort: 'lastProject', descending: true })).toEqual(['Acme', 'Council', 'Zoë']);
    expect(await namesFor({ sort: 'name', descending: true })).toEqual(['Zoë', 'Council', 'Acme']);
  });
});
