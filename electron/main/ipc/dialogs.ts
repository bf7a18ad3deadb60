import { join } from 'node:path';
import type { SavableFileKind } from '@shared/bridge/contract';
import { app, BrowserWindow, dialog, type FileFilter, type WebContents } from 'electron';

/** File dialogs, attached to the window that asked so they open as its sheet or modal. */

const saveFilters: Readonly<Record<SavableFileKind, FileFilter>> = {
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  vcard: { name: 'vCard contacts', extensions: ['vcf'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'Clientele data (JSON)', extensions: ['json'] },
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
