import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { maxContactsFileBytes, type OpenedFile } from '@shared/bridge/contract';
import { formatFileSize } from '@shared/text/fileSize';
import type { WebContents } from 'electron';
import { chooseContactsFile } from './dialogs';

/**
 * Reads a contacts file of the user's choosing, refusing one too large to import before reading
 * it, so a mistaken pick of a video or a disk image cannot fill the memory of both processes.
 */
export async function openContactsFile(_payload: unknown, sender: WebContents): Promise<OpenedFile | null> {
  const filePath = await chooseContactsFile(sender);
  if (filePath === null) return null;
  const name = basename(filePath);
  // Size and contents come from one open handle, so the file cannot be swapped in between.
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxContactsFileBytes) {
      throw new Error(
        `"${name}" is ${formatFileSize(size)}; Clientele opens contacts files up to ${formatFileSize(maxContactsFileBytes)}.`,
      );
    }
    const contents = await handle.readFile();
    return { name, bytes: new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength) };
  } finally {
    await handle.close();
  }
}
