import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintDocumentRequest } from '@shared/bridge/contract';
import { BrowserWindow, type WebContents } from 'electron';
import { secureWebPreferences } from '../security/webPreferences';

/**
 * The session of the hidden print windows. Without a "persist:" prefix it lives in memory only,
 * and being separate it cannot see the app's IndexedDB; main/index.ts gives it its own policy.
 */
export const printPartition = 'clientele-print';

/**
 * Loads a complete HTML document in a hidden window, hands its contents to `use` (to print it or
 * render a PDF), then closes the window and deletes the temp file, whatever happened.
 * The document is written to a private temp folder because a document of thousands of labels is
 * too large for a data: URL. JavaScript is off: the document is markup and CSS, nothing to run.
 */
export async function withDocumentWindow<T>(
  request: PrintDocumentRequest,
  use: (contents: WebContents) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'clientele-print-'));
  let window: BrowserWindow | undefined;
  try {
    const documentPath = join(folder, 'document.html');
    await writeFile(documentPath, request.html, { encoding: 'utf8', mode: 0o600 });
    window = new BrowserWindow({
      show: false,
      title: request.title,
      webPreferences: secureWebPreferences({ javascript: false, partition: printPartition }),
    });
    await window.loadFile(documentPath);
    return await use(window.webContents);
  } finally {
    if (window !== undefined && !window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
