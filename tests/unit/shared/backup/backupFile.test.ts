import { type BackupSource, packBackup, unpackBackup, verifyBackupFile } from '@shared/backup';
import { describe, expect, it } from 'vitest';

const running = { appVersion: '0.4.0', schemaVersion: 5 };

function source(overrides: Partial<BackupSource> = {}): BackupSource {
  return {
    appVersion: '0.4.0',
    schemaVersion: 5,
    createdAt: '2026-11-30T10:00:00.000Z',
    reason: 'manual',
    tables: {
      clients: [{ id: 'c1', sortName: 'Zoë Ångström 🌻', notes: 'line\nbreak "quoted" \u2028 \ud800' }],
      projects: [],
      settings: [{ key: 'settings', value: { currency: 'EUR' } }],
    },
    ...overrides,
  };
}

async function refusalOf(file: Uint8Array) {
  const result = await unpackBackup(file, running);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('backup file', () => {
  it('round-trips every table, with counts and checksum in its manifest', async () => {
    const { file, manifest } = await packBackup(source());
    expect(manifest.rowCounts).toEqual({ clients: 1, projects: 0, settings: 1 });
    const result = await unpackBackup(file, running);
    expect(result).toEqual({ ok: true, value: { manifest, tables: source().tables } });
    expect(await verifyBackupFile(file)).toEqual({ ok: true, value: manifest });
  });

  it('keeps every row of large tables, in order, with empty tables between them', async () => {
    const clients = Array.from({ length: 4_501 }, (_, index) => ({ id: `c${index}`, name: `Zoë ${index}` }));
    const tables = { clients, projects: [], touches: clients.slice(0, 2_000), settings: [{ key: 'a' }] };
    const { file } = await packBackup(source({ tables }));
    const result = await unpackBackup(file, running);
    expect(result.ok && result.value.tables).toEqual(tables);
  });

  it('refuses a file that is not a Clientele backup', async () => {
    const refusal = await refusalOf(new TextEncoder().encode('Name,Email\nAda,ada@example.com\n'));
    expect(refusal.refusal).toBe('not-a-backup');
    expect(refusal.reason).toBe('This file is not a Clientele backup.');
  });

  it('refuses a truncated file, saying how much is missing', async () => {
    const { file } = await packBackup(source());
    const refusal = await refusalOf(file.subarray(0, file.byteLength - 5));
    expect(refusal.refusal).toBe('truncated');
    expect(refusal.reason).toMatch(/cut short/);
  });

  it('refuses a file cut inside its description', async () => {
    const { file } = await packBackup(source());
    expect((await refusalOf(file.subarray(0, 40))).refusal).toBe('truncated');
  });

  it('refuses a file whose data was changed (checksum mismatch)', async () => {
    const { file } = await packBackup(source());
    const changed = file.slice();
    changed[changed.byteLength - 3] = (changed[changed.byteLength - 3] ?? 0) ^ 0xff;
    const refusal = await refusalOf(changed);
    expect(refusal.refusal).toBe('checksum-mismatch');
    expect(refusal.reason).toMatch(/checksum does not match/);
  });

  it('refuses a file whose description is damaged', async () => {
    const { file } = await packBackup(source());
    const text = new TextDecoder().decode(file.subarray(0, 60));
    const damaged = file.slice();
    damaged.set(new TextEncoder().encode(text.replace('"formatVersion"', '"formatVersiox"')), 0);
    expect((await refusalOf(damaged)).refusal).toBe('damaged');
  });

  it('refuses a backup from a newer app version', async () => {
    const { file } = await packBackup(source({ appVersion: '0.10.0' }));
    const refusal = await refusalOf(file);
    expect(refusal.refusal).toBe('newer-app');
    expect(refusal.reason).toMatch(/Clientele 0\.10\.0, newer than this one \(0\.4\.0\)/);
  });

  it('refuses a backup from a newer schema version', async () => {
    const { file } = await packBackup(source({ schemaVersion: 9 }));
    expect((await refusalOf(file)).refusal).toBe('newer-schema');
  });

  it('accepts a backup from an older app and schema version', async () => {
    const { file } = await packBackup(source({ appVersion: '0.3.9', schemaVersion: 3 }));
    expect((await unpackBackup(file, running)).ok).toBe(true);
  });
});
