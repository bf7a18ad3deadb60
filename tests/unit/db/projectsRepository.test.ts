import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { createProject, deleteProject, updateProject } from '../../../renderer/src/db/projectsRepository';
import { ensureServiceType } from '../../../renderer/src/db/serviceTypesRepository';
import { loadSettings, saveSettings } from '../../../renderer/src/db/settingsRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase, projectDetails } from './testDatabase';

describe('projects repository', () => {
  it('updates the client figures as projects are added, changed and deleted', async () => {
    const db = await freshDatabase();
    const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    const first = await createProject(db, projectDetails(clientId, { finalInvoiceDate: '2023-03-01' }));
    await createProject(
      db,
      projectDetails(clientId, {
        finalInvoiceDate: '2025-06-30',
        amount: { amountMinor: 120_050, currency: 'USD' },
      }),
    );

    let client = await db.clients.get(clientId);
    expect(client).toMatchObject({
      projectCount: 2,
      completedProjectCount: 2,
      firstProjectDate: '2023-03-01',
      lastProjectDate: '2025-06-30',
      totalBilledMinor: 620_050,
    });

    await updateProject(
      db,
      first,
      projectDetails(clientId, { status: 'cancelled', finalInvoiceDate: '2023-03-01' }),
    );
    client = await db.clients.get(clientId);
    expect(client).toMatchObject({
      completedProjectCount: 1,
      firstProjectDate: '2025-06-30',
      totalBilledMinor: 120_050,
    });

    const trashId = await deleteProject(db, first);
    expect((await db.clients.get(clientId))?.projectCount).toBe(1);
    await restoreFromTrash(db, trashId);
    expect((await db.clients.get(clientId))?.projectCount).toBe(2);
  });

  it('refuses a project for a client that does not exist', async () => {
    const db = await freshDatabase();
    await expect(createProject(db, projectDetails('missing'))).rejects.toThrow(/no longer exists/);
    expect(await db.projects.count()).toBe(0);
  });

  // Deliberately changed (issue 11): the sort total no longer ignores other currencies.
  it('sorts by the largest single-currency total, and recounts at the rates the user enters', async () => {
    const db = await freshDatabase();
    const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    await createProject(db, projectDetails(clientId, { amount: { amountMinor: 100_00, currency: 'USD' } }));
    await createProject(db, projectDetails(clientId, { amount: { amountMinor: 70_00, currency: 'EUR' } }));
    expect((await db.clients.get(clientId))?.totalBilledMinor).toBe(100_00);

    await saveSettings(db, { ...(await loadSettings(db)), homeCurrency: 'EUR' });
    expect((await db.clients.get(clientId))?.totalBilledMinor).toBe(100_00);

    await saveSettings(db, { ...(await loadSettings(db)), exchangeRates: { USD: 0.9 } });
    const client = await db.clients.get(clientId);
    expect(client?.totalBilledMinor).toBe(160_00);
    expect(client?.billedByCurrency).toEqual({ USD: 100_00, EUR: 70_00 });
  });

  it('reuses a service type whatever its case and spacing', async () => {
    const db = await freshDatabase();
    const first = await ensureServiceType(db, 'Website  redesign');
    const second = await ensureServiceType(db, 'website redesign ');
    expect(second).toBe(first);
    expect(await db.serviceTypes.count()).toBe(1);
    expect((await db.serviceTypes.get(first))?.name).toBe('Website redesign');
  });
});
