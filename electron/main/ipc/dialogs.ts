import { join } from 'node:path';
import type { SavableFileKind } from '@shared/bridge/contract';
import { savedFileExtensions } from '@shared/bridge/savedFileNames';
import { app, BrowserWindow, dialog, type FileFilter, type WebContents } from 'electron';

/** File dialogs, attached to the window that asked so they open as its sheet or modal. */

const saveFilters: Readonly<Record<SavableFileKind, FileFilter>> = {
  csv: { name: 'CSV spreadsheet', extensions: [savedFileExtensions.csv] },
  vcard: { name: 'vCard contacts', extensions: [savedFileExtensions.vcard] },
  pdf: { name: 'PDF document', extensions: [savedFileExtensions.pdf] },
};

const contactsFilters: FileFilter[] = [
  { name: 'Contacts (CSV, TSV, text, vCard)', extensions: ['csv', 'tsv', 'txt', 'vcf', 'vcard'] },
];

/** The path of the contacts file the user picked, or null if they cancelled. */
export async function chooseContactsFile(sender: WebContents): Promise<string | null> {
  const options = {
    title: 'Open contacts file',
    properties: ['openFile' as const],
    filters: contactsFilters,
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Where the user chose to save, or null if they cancelled. */
export async function chooseSaveTarget(
  sender: WebContents,
  suggestedName: string,
  kind: SavableFileKind,
): Promise<string | null> {
  const options = {
    title: 'Save',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [saveFilters[kind]],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * Asks before a plain-http link goes to the browser: such a page can be read or changed by anyone
 * on the way. True only when the user chose to open it.
 */
export async function userAllowsInsecureLink(url: string, sender?: WebContents): Promise<boolean> {
  const options = {
    type: 'warning' as const,
    title: 'Open a link that is not secure?',
    message: 'This link is not secure (http, not https).',
    detail: `${url}\n\nWhat you see or send on that page can be read or changed on the way. Open it in your browser anyway?`,
    buttons: ['Open anyway', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const owner = sender ? BrowserWindow.fromWebContents(sender) : null;
  const { response } = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options);
  return response === 0;
}
