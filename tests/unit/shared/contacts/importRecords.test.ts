import { buildClientRecord } from '@shared/clients/clientRecord';
import { emptyProjectSummary } from '@shared/clients/projectSummary';
import {
  filledClientRecord,
  importedClientRecord,
  restoredClientRecord,
} from '@shared/contacts/importRecords';
import { clientMatchKeys } from '@shared/contacts/matchKeys';
import { describe, expect, it } from 'vitest';
import { anaAtRuiz } from '../../support/clients';

const stamp = '2026-11-23T10:00:00.000Z';

describe('records an import writes', () => {
  it('store a new client exactly as buildClientRecord would, with the batch and its tag', () => {
    const details = anaAtRuiz();
    const record = importedClientRecord(
      { rows: [2], details, matchKeys: clientMatchKeys(details) },
      { id: 'new-1', stamp, batchId: 'batch-1', batchTag: 'Imported from Google 2026-11' },
    );
    const tagged = { ...details, tags: ['Imported from Google 2026-11'] };
    expect(record).toEqual(
      buildClientRecord(
        tagged,
        { id: 'new-1', createdAt: stamp, updatedAt: stamp, importBatchId: 'batch-1' },
        emptyProjectSummary,
      ),
    );
    expect(record.searchWords).toContain('google');
  });

  it('fill in a client keeping its id, creation and projects, and restore it with the projects it has since', () => {
    const before = buildClientRecord(
      anaAtRuiz(),
      { id: 'ana', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z' },
      { ...emptyProjectSummary, projectCount: 2 },
    );
    const after = { ...anaAtRuiz(), website: 'https://ruiz.es/' };
    const filled = filledClientRecord(
      { id: 'ana', before, after, rows: [3], matchKeys: clientMatchKeys(after) },
      before,
      stamp,
    );
    expect(filled).toMatchObject({
      id: 'ana',
      createdAt: before.createdAt,
      updatedAt: stamp,
      projectCount: 2,
    });
    expect(filled.website).toBe('https://ruiz.es/');
    const now = { ...filled, projectCount: 3 };
    expect(restoredClientRecord(before, now)).toEqual({ ...before, projectCount: 3 });
  });
});
