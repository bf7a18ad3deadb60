import {
  assembleBackupFile,
  type BackupCheck,
  type BackupManifest,
  type BackupParts,
  type BackupReason,
  backupFormatVersion,
  refuse,
  splitBackupFile,
} from './manifest';
import { type TimePhase, untimed } from './phaseTimes';
import { compareAppVersions } from './versions';

/**
 * Packing and unpacking a whole database. Compression and hashing use the platform's own
 * CompressionStream and SubtleCrypto (in Chromium, its workers and Node alike): native code,
 * nothing to download, and no JavaScript inflater holding the main thread.
 */

/** Every table's rows, by table name. */
export type BackupTables = Record<string, unknown[]>;

/**
 * Tables whose rows may still be on their way: each is packed as soon as its rows arrive, while
 * the database is still reading the ones after it.
 */
type PendingBackupTables = Record<string, unknown[] | PromiseLike<unknown[]>>;

export interface BackupSource {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  reason: BackupReason;
  tables: PendingBackupTables;
}

async function pipeBytes(bytes: Uint8Array | string, transform: GenericTransformStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Rows serialised per piece: pieces of a few hundred kilobytes keep the compressor busy and memory low. */
const rowsPerPiece = 2000;

/**
 * The gzip of `{"tables":{...}}`, byte for byte what JSON.stringify of the whole would give,
 * but serialised a piece at a time straight into the compressor: the whole book never exists
 * as one string (hundreds of megabytes for a large book), and compressing starts at once.
 * Resolves with the compressed bytes and the rows written per table.
 */
async function gzipTablesJson(
  tables: PendingBackupTables,
): Promise<{ content: Uint8Array; rowCounts: Record<string, number> }> {
  const rowCounts: Record<string, number> = {};
  const gzip = new CompressionStream('gzip');
  const compressed = new Response(gzip.readable).arrayBuffer();
  const writer = gzip.writable.getWriter();
  const encoder = new TextEncoder();
  const write = (text: string) => writer.write(encoder.encode(text));
  let separator = '';
  try {
    await write('{"tables":{');
    for (const [name, pending] of Object.entries(tables)) {
      const rows = await pending;
      rowCounts[name] = rows.length;
      await write(`${separator}${JSON.stringify(name)}:[`);
      separator = ',';
      for (let start = 0; start < rows.length; start += rowsPerPiece) {
        const piece = JSON.stringify(rows.slice(start, start + rowsPerPiece));
        await write(`${start > 0 ? ',' : ''}${piece.slice(1, -1)}`);
      }
      await write(']');
    }
    await write('}}');
    await writer.close();
  } catch (error) {
    // A table that could not be read: the half-made content is dropped, the reason passed on.
    compressed.catch(() => undefined);
    await writer.abort(error).catch(() => undefined);
    throw error;
  }
  return { content: new Uint8Array(await compressed), rowCounts };
}

/** The bytes of a backup file holding every table given. */
export async function packBackup(
  source: BackupSource,
  time: TimePhase = untimed,
): Promise<{ file: Uint8Array; manifest: BackupManifest }> {
  const { content, rowCounts } = await time('read, serialise and compress', () =>
    gzipTablesJson(source.tables),
  );
  const contentSha256 = await time('checksum', () => sha256Hex(content));
  const manifest: BackupManifest = {
    formatVersion: backupFormatVersion,
    appVersion: source.appVersion,
    schemaVersion: source.schemaVersion,
    createdAt: source.createdAt,
    reason: source.reason,
    rowCounts,
    contentBytes: content.byteLength,
    contentSha256,
  };
  return { file: assembleBackupFile(manifest, content), manifest };
}

export interface RunningApp {
  appVersion: string;
  schemaVersion: number;
}

/** Refuses a backup this app cannot restore: a newer format, app or schema. */
function newerBackupRefusal(manifest: BackupManifest, running: RunningApp): BackupCheck<null> {
  if (manifest.formatVersion > backupFormatVersion)
    return refuse(
      'newer-format',
      'This backup was made in a newer backup format. Update Clientele to restore it.',
    );
  if (compareAppVersions(manifest.appVersion, running.appVersion) > 0)
    return refuse(
      'newer-app',
      `This backup was made by Clientele ${manifest.appVersion}, newer than this one (${running.appVersion}). Update Clientele to restore it.`,
    );
  if (manifest.schemaVersion > running.schemaVersion)
    return refuse(
      'newer-schema',
      `This backup holds data from a newer Clientele (data version ${manifest.schemaVersion}; this one reads up to ${running.schemaVersion}). Update Clientele to restore it.`,
    );
  return { ok: true, value: null };
}

async function checkedParts(file: Uint8Array): Promise<BackupCheck<BackupParts>> {
  const split = splitBackupFile(file);
  if (!split.ok) return split;
  if ((await sha256Hex(split.value.content)) !== split.value.manifest.contentSha256)
    return refuse(
      'checksum-mismatch',
      'The backup file is damaged: its checksum does not match its contents.',
    );
  return split;
}

/** Checks a file's length and checksum without unpacking it (for verifying a written backup). */
export async function verifyBackupFile(file: Uint8Array): Promise<BackupCheck<BackupManifest>> {
  const checked = await checkedParts(file);
  return checked.ok ? { ok: true, value: checked.value.manifest } : checked;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a whole backup, refusing it with the reason unless every check passes. */
export async function unpackBackup(
  file: Uint8Array,
  running: RunningApp,
  time: TimePhase = untimed,
): Promise<BackupCheck<{ manifest: BackupManifest; tables: BackupTables }>> {
  const checked = await time('checksum', () => checkedParts(file));
  if (!checked.ok) return checked;
  const { manifest, content } = checked.value;
  const newer = newerBackupRefusal(manifest, running);
  if (!newer.ok) return newer;
  let parsed: unknown;
  try {
    parsed = await time('decompress and parse', async () => {
      const json = await pipeBytes(content, new DecompressionStream('gzip'));
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    });
  } catch {
    return refuse('damaged', 'The backup file is damaged: its data cannot be unpacked.');
  }
  if (!isRecord(parsed) || !isRecord(parsed.tables))
    return refuse('damaged', 'The backup file is damaged: it holds no tables.');
  const tables = parsed.tables;
  for (const [name, count] of Object.entries(manifest.rowCounts)) {
    const rows = tables[name];
    if (!Array.isArray(rows) || rows.length !== count)
      return refuse(
        'damaged',
        `The backup file is damaged: the table "${name}" does not hold ${count} rows.`,
      );
  }
  for (const [name, rows] of Object.entries(tables))
    if (!Array.isArray(rows) || !(name in manifest.rowCounts))
      return refuse('damaged', `The backup file is damaged: the table "${name}" is not described.`);
  return { ok: true, value: { manifest, tables: tables as BackupTables } };
}
