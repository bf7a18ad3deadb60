/**
 * The backup file: a first line that names the format, one line of JSON manifest, then the
 * gzip-compressed JSON of every table. The manifest sits outside the compressed part so a
 * backup can be listed (date, counts, size) and its checksum verified without unpacking it.
 */

const backupMagicLine = 'Clientele backup\n';
export const backupFormatVersion = 1;
export const backupFileExtension = '.clientele-backup';
/** A manifest line longer than this means the file is not a backup, or is damaged. */
const maxManifestBytes = 1024 * 1024;

export type BackupReason = 'automatic' | 'manual' | 'before-restore' | 'at-quit';

export interface BackupManifest {
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  reason: BackupReason;
  /** Rows per table, as stored when the snapshot was taken. */
  rowCounts: Record<string, number>;
  /** Length and SHA-256 (hex) of the compressed content that follows the manifest line. */
  contentBytes: number;
  contentSha256: string;
}

export type BackupRefusal =
  | 'not-a-backup'
  | 'damaged'
  | 'truncated'
  | 'checksum-mismatch'
  | 'newer-format'
  | 'newer-app'
  | 'newer-schema';

export type BackupCheck<T> = { ok: true; value: T } | { ok: false; refusal: BackupRefusal; reason: string };

export function refuse<T>(refusal: BackupRefusal, reason: string): BackupCheck<T> {
  return { ok: false, refusal, reason };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The bytes of a backup file: magic line, manifest line, content. */
export function assembleBackupFile(manifest: BackupManifest, content: Uint8Array): Uint8Array {
  const head = encoder.encode(`${backupMagicLine}${JSON.stringify(manifest)}\n`);
  const file = new Uint8Array(head.byteLength + content.byteLength);
  file.set(head, 0);
  file.set(content, head.byteLength);
  return file;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function manifestProblem(value: unknown): string {
  if (!isRecord(value)) return 'its description is not an object';
  if (!Number.isInteger(value.formatVersion)) return 'the format version is missing';
  if (typeof value.appVersion !== 'string') return 'the app version is missing';
  if (!Number.isInteger(value.schemaVersion) || (value.schemaVersion as number) < 1)
    return 'the schema version is missing';
  if (typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt)))
    return 'the date it was made is missing';
  if (!isRecord(value.rowCounts)) return 'the row counts are missing';
  for (const count of Object.values(value.rowCounts))
    if (!Number.isInteger(count) || (count as number) < 0) return 'a row count is not a number';
  if (!Number.isInteger(value.contentBytes) || (value.contentBytes as number) < 0)
    return 'the content size is missing';
  if (typeof value.contentSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(value.contentSha256))
    return 'the checksum is missing';
  return '';
}

export interface BackupParts {
  manifest: BackupManifest;
  content: Uint8Array;
}

/**
 * Reads the magic line and manifest from the start of a file (the first megabyte is enough),
 * giving the manifest and where the content starts.
 */
export function readBackupHead(
  head: Uint8Array,
): BackupCheck<{ manifest: BackupManifest; contentStart: number }> {
  const magic = encoder.encode(backupMagicLine);
  if (head.byteLength < magic.byteLength || magic.some((byte, index) => head[index] !== byte))
    return refuse('not-a-backup', 'This file is not a Clientele backup.');
  const searchEnd = Math.min(head.byteLength, magic.byteLength + maxManifestBytes);
  const newline = head.subarray(magic.byteLength, searchEnd).indexOf(0x0a);
  if (newline < 0) return refuse('truncated', 'The backup file is cut short: its description is incomplete.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(head.subarray(magic.byteLength, magic.byteLength + newline)));
  } catch {
    return refuse('damaged', 'The backup file is damaged: its description cannot be read.');
  }
  const problem = manifestProblem(parsed);
  if (problem !== '') return refuse('damaged', `The backup file is damaged: ${problem}.`);
  return {
    ok: true,
    value: { manifest: parsed as BackupManifest, contentStart: magic.byteLength + newline + 1 },
  };
}

/** How many bytes from the start of a file always hold its manifest. */
export const backupHeadBytes = backupMagicLine.length + maxManifestBytes + 1;

/** Splits a file into manifest and content, refusing anything that is not a whole backup. */
export function splitBackupFile(file: Uint8Array): BackupCheck<BackupParts> {
  const head = readBackupHead(file);
  if (!head.ok) return head;
  const { manifest, contentStart } = head.value;
  const content = file.subarray(contentStart);
  if (content.byteLength < manifest.contentBytes)
    return refuse(
      'truncated',
      `The backup file is cut short: it holds ${content.byteLength} of ${manifest.contentBytes} bytes of data.`,
    );
  if (content.byteLength > manifest.contentBytes)
    return refuse('damaged', 'The backup file is damaged: it holds more data than its description says.');
  return { ok: true, value: { manifest, content } };
}
