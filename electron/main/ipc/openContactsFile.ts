import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { basename } from 'node:path';
import { maxContactsFileBytes, type OpenedFile } from '@shared/bridge/contract';
import { fileTooLargeMessage } from '@shared/bridge/fileTooLarge';
import { formatFileSize } from '@shared/text/fileSize';
import type { WebContents } from 'electron';
import { chooseContactsFile } from './dialogs';

// Opening a FIFO for reading waits for a writer; non-blocking, it opens at once and is refused.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function tooLarge(name: string, size: string): Error {
  return new Error(fileTooLargeMessage('contacts', name, size));
}

/**
 * Reads at most one byte past the limit, whatever size the file claimed: a file that grows while
 * it is read cannot fill the memory either.
 */
async function readUpToLimit(handle: FileHandle, name: string, statedSize: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Usually one read of the stated size, plus one that finds the end.
  let chunkSize = Math.min(statedSize, maxContactsFileBytes) + 1;
  for (;;) {
    const chunk = new Uint8Array(Math.min(chunkSize, maxContactsFileBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxContactsFileBytes) throw tooLarge(name, `over ${formatFileSize(maxContactsFileBytes)}`);
    chunkSize = 1024 * 1024;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a contacts file of the user's choosing. Only regular files: a device such as /dev/zero
 * or a pipe would never end. One too large to import is refused before reading, so a mistaken
 * pick of a video or a disk image cannot fill the memory of both processes.
 */
export async function openContactsFile(_payload: unknown, sender: WebContents): Promise<OpenedFile | null> {
  const filePath = await chooseContactsFile(sender);
  if (filePath === null) return null;
  const name = basename(filePath);
  // Kind, size and contents come from one open handle, so the file cannot be swapped in between.
  const handle = await open(filePath, openFlags);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new Error(
        `"${name}" is not a regular file (it is a device, a pipe or a folder); choose a contacts file.`,
      );
    }
    if (stats.size > maxContactsFileBytes) throw tooLarge(name, formatFileSize(stats.size));
    return { name, bytes: await readUpToLimit(handle, name, stats.size) };
  } finally {
    await handle.close();
  }
}
