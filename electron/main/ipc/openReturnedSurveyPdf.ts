import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { maxSurveyPdfBytes, type OpenedFile } from '@shared/bridge/contract';
import { fileTooLargeMessage } from '@shared/bridge/fileTooLarge';
import { formatFileSize } from '@shared/text/fileSize';
import { BrowserWindow, dialog, type WebContents } from 'electron';

/**
 * Reads a survey PDF a client sent back. The method takes no payload; anything sent with it is
 * refused, so a page cannot pass a path and read a file the user did not pick.
 */
export async function openReturnedSurveyPdf(
  payload: unknown,
  sender: WebContents,
): Promise<OpenedFile | null> {
  if (payload !== undefined) throw new Error('Opening a returned survey takes no arguments.');
  const options = {
    title: 'Open a returned survey',
    properties: ['openFile' as const],
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const filePath = result.canceled ? null : (result.filePaths[0] ?? null);
  if (filePath === null) return null;
  const name = basename(filePath);
  // Size and contents from one open handle, so the file cannot be swapped in between.
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxSurveyPdfBytes) {
      throw new Error(fileTooLargeMessage('survey-pdf', name, formatFileSize(size)));
    }
    const contents = await handle.readFile();
    return { name, bytes: new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength) };
  } finally {
    await handle.close();
  }
}
