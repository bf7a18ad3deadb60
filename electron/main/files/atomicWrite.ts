import { randomUUID } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is either the old file or the complete new one, never half of each:
 * the bytes go to a temp file in the same folder (a rename is only atomic within one file
 * system), are flushed to disk, and the temp file is renamed over the target. On any failure
 * the temp file is removed and the target is left as it was.
 */
export async function writeFileAtomically(targetPath: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(targetPath);
  const tempPath = join(folder, `.${basename(targetPath)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tempPath, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tempPath, targetPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/**
 * Makes the rename itself survive a power cut. Best effort: Windows cannot open a folder, and
 * some network file systems refuse to sync one; the file is already in place either way.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // The save succeeded; only its durability across a power cut is less certain.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
