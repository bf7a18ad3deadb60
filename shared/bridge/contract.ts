/**
 * The bridge between the renderer and the desktop shell: one named method per operation.
 * electron/preload exposes exactly this on `window.clientele`; renderer/src/bridge has a
 * browser implementation of the same interface for the web build and the end-to-end tests.
 */

import type { BackupFolderState, WriteBackupResult } from './backupContract';

/** A file the user picked, with its bytes as read from disk. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export const savableFileKinds = ['csv', 'vcard', 'pdf'] as const;
export type SavableFileKind = (typeof savableFileKinds)[number];

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "clients-2026-11-23.csv". */
  suggestedName: string;
  kind: SavableFileKind;
  bytes: Uint8Array;
}

export type SaveFileResult = { saved: true; fileName: string } | { saved: false };

/** A complete HTML document whose CSS @page rule sets the paper size. */
export interface PrintDocumentRequest {
  title: string;
  html: string;
}

export interface SaveDocumentAsPdfRequest extends PrintDocumentRequest {
  suggestedName: string;
}

export type PrintDocumentResult = { printed: true } | { printed: false; reason: string };

export interface ClienteleBridge {
  /** Which shell the app runs in; decided once at start-up. */
  readonly platform: 'electron' | 'browser';
  /** Lets the user pick a contacts file (CSV, vCard) and returns its bytes, or null if cancelled. */
  openContactsFile(): Promise<OpenedFile | null>;
  /** Lets the user choose where to save, then writes the bytes (atomically on the desktop). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Opens the system print dialog for the document, at its CSS page size and 100% scale. */
  printDocument(request: PrintDocumentRequest): Promise<PrintDocumentResult>;
  /** Renders the document to PDF at its CSS page size, no scaling, and saves it. */
  saveDocumentAsPdf(request: SaveDocumentAsPdfRequest): Promise<SaveFileResult>;
  /** Opens a web or mail link in the system browser or mail app, after a safety check. */
  openExternalLink(url: string): Promise<boolean>;
  /** Lets the user pick a survey PDF a client sent back and returns its bytes, or null if cancelled. */
  openReturnedSurveyPdf(): Promise<OpenedFile | null>;
  /** The backups folder, the backups in it (newest first) and the last failed write. */
  listBackups(): Promise<BackupFolderState>;
  /** Writes a backup file into the backups folder, verifies it, then prunes old ones. */
  writeBackup(bytes: Uint8Array): Promise<WriteBackupResult>;
  /** The bytes of one backup in the backups folder, by its file name. */
  readBackup(fileName: string): Promise<Uint8Array>;
  /** Lets the user pick a backup file from anywhere (e.g. one brought from another computer). */
  openBackupFile(): Promise<OpenedFile | null>;
  /** Opens the backups folder in the system file manager. */
  showBackupsFolder(): Promise<void>;
  /** Lets the user choose another backups folder; null if they cancelled. */
  chooseBackupsFolder(): Promise<BackupFolderState | null>;
  /**
   * Desktop: when the user quits, the main process asks the page to run `backUp` and waits for
   * it (within a time limit) before quitting. The browser build never calls it.
   */
  onBackupBeforeQuit(backUp: () => Promise<void>): void;
}

/** Methods the main process calls into the page, rather than the page into the main process. */
type PageListener = 'onBackupBeforeQuit';

export type BridgeMethod = Exclude<keyof ClienteleBridge, 'platform' | PageListener>;

export const bridgeChannels = {
  openContactsFile: 'clientele:open-contacts-file',
  saveFile: 'clientele:save-file',
  printDocument: 'clientele:print-document',
  saveDocumentAsPdf: 'clientele:save-document-as-pdf',
  openExternalLink: 'clientele:open-external-link',
  openReturnedSurveyPdf: 'clientele:open-returned-survey-pdf',
  listBackups: 'clientele:list-backups',
  writeBackup: 'clientele:write-backup',
  readBackup: 'clientele:read-backup',
  openBackupFile: 'clientele:open-backup-file',
  showBackupsFolder: 'clientele:show-backups-folder',
  chooseBackupsFolder: 'clientele:choose-backups-folder',
} as const satisfies Record<BridgeMethod, string>;

/** The main process's request to back up before quitting, and the page's answer (same id). */
export const quitBackupChannels = {
  request: 'clientele:backup-before-quit',
  done: 'clientele:backup-before-quit-done',
} as const;

/** Contacts files larger than this are refused before reading: 100 MiB holds ~300,000 contacts. */
export const maxContactsFileBytes = 100 * 1024 * 1024;

/** Returned survey PDFs larger than this are refused before reading: a filled form is ~100 KB. */
export const maxSurveyPdfBytes = 20 * 1024 * 1024;

/** Documents sent for printing larger than this are refused: 5,000 labels are ~3 MiB. */
export const maxPrintDocumentChars = 64 * 1024 * 1024;

/** Files saved through the bridge larger than this are refused. */
export const maxSaveFileBytes = 512 * 1024 * 1024;

/** Backup files larger than this are refused: 20,000 clients with projects make about 5 MiB. */
export const maxBackupFileBytes = 1024 * 1024 * 1024;
