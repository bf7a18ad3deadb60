import { type BackupSource, packBackup, unpackBackup } from '@shared/backup';
import { describe, expect, it } from 'vitest';

const running = { appVersion: '0.4.0', schemaVersion: 5 };
const clients = Array.from({ length: 2_345 }, (_, index) => ({ id: `c${index}`, name: `Zoë ${index} 🌻` }));
const tables = { clients, projects: [], settings: [{ key: 'settings', value: { currency: 'EUR' } }] };

function source(tablesGiven: BackupSource['tables']): BackupSource {
  return {
    appVersion: '0.4.0',
    schemaVersion: 5,
    createdAt: '2026-11-30T10:00:00.000Z',
    reason: 'manual',
    tables: tablesGiven,
  };
}

/** Resolves after a few turns, as a database read would. */
function arriving<T>(value: T, turns: number): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), turns));
}

describe('packing tables as their rows arrive', () => {
  it('gives the same file as packing tables already read', async () => {
    const pending = {
      clients: arriving(clients, 5),
      projects: arriving([], 1),
      settings: arriving(tables.settings, 10),
    };
    const fromPending = await packBackup(source(pending));
    const fromRead = await packBackup(source(tables));
    expect(fromPending.file).toEqual(fromRead.file);
    expect(fromPending.manifest.rowCounts).toEqual({ clients: 2_345, projects: 0, settings: 1 });
    const unpacked = await unpackBackup(fromPending.file, running);
    expect(unpacked.ok && unpacked.value.tables).toEqual(tables);
  });

  it('fails with the reason when a table cannot be read, and makes no file', async () => {
    const failing = Promise.reject(new DOMException('The disk went away.', 'UnknownError'));
    failing.catch(() => undefined);
    await expect(packBackup(source({ clients: arriving(clients, 1), projects: failing }))).rejects.toThrow(
      'The disk went away.',
    );
  });
});
