import { backupWarning } from '@shared/backup';
import { useEffect, useState } from 'react';
import { bridge } from '../../bridge';
import { showError } from '../../state/toastStore';
import { BackupTable } from './BackupTable';
import { backUp, newestBackup, refreshBackups } from './backupActions';
import { useBackupStore } from './backupStore';
import { backupSummary } from './backupWords';
import { RestoreDialog } from './RestoreDialog';
import { StorageStatus } from './StorageStatus';
import { restoredNoteKey, useRestore } from './useRestore';

function takeRestoredNote(): string | null {
  const note = sessionStorage.getItem(restoredNoteKey);
  sessionStorage.removeItem(restoredNoteKey);
  return note;
}

/**
 * Taken once per page load, not per mount: Settings may mount the panel more than once after the
 * reload that follows a restore, and the note must not be used up by a mount the user never saw.
 */
let restoredNoteOfThisLoad: string | null | undefined;

/** Backups and restore in Settings: the folder, the last backup, warnings, and the actions. */
export function BackupsPanel() {
  const isDesktop = bridge.platform === 'electron';
  const { folderState, lastError, working } = useBackupStore();
  const lastMade = useBackupStore((state) => state.lastMade);
  const restore = useRestore();
  const [restoredNote] = useState(() => {
    restoredNoteOfThisLoad ??= takeRestoredNote();
    return restoredNoteOfThisLoad;
  });

  useEffect(() => {
    void refreshBackups().catch(showError);
  }, []);

  const newest = folderState || lastMade ? newestBackup() : null;
  const lastFailure =
    folderState?.lastFailure ?? (lastError ? { at: new Date().toISOString(), reason: lastError } : null);
  const warning = isDesktop
    ? backupWarning({ lastGoodAt: newest?.createdAt ?? null, lastFailure, now: new Date().toISOString() })
    : lastError;

  const chooseFolder = async () => {
    try {
      const chosen = await bridge.chooseBackupsFolder();
      if (chosen) useBackupStore.getState().set({ folderState: chosen });
    } catch (error) {
      showError(error);
    }
  };

  return (
    <section className="card backups-panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      {restoredNote && (
        <p className="import-alert" role="status">
          {restoredNote}
        </p>
      )}
      {isDesktop ? (
        <p className="muted">
          Clientele backs up your whole client book by itself: a few minutes after you make changes, once a
          day, and when you quit. Choose a synced folder (Dropbox, OneDrive, iCloud Drive) to keep a copy off
          this computer.
        </p>
      ) : (
        <p className="muted">
          Download a backup of your whole client book and keep it somewhere safe. To move to another computer,
          open Clientele there and restore from the file.
        </p>
      )}
      {isDesktop && folderState?.folder && (
        <p className="backups-panel__folder">
          Backups folder: <code>{folderState.folder}</code>
        </p>
      )}
      <p>
        Last backup: {newest ? backupSummary(newest) : 'none yet'}
        {!isDesktop && newest ? ' (downloaded)' : ''}
      </p>
      {warning && (
        <div className="import-alert import-alert--error" role="alert">
          <p>{warning}</p>
        </div>
      )}
      {restore.problem && (
        <div className="import-alert import-alert--error" role="alert">
          <p>{restore.problem}</p>
        </div>
      )}
      <div className="form-actions backups-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={working !== ''}
          onClick={() => void backUp('manual')}
        >
          {working === 'backing-up' ? 'Backing up…' : isDesktop ? 'Back up now' : 'Download a backup'}
        </button>
        <button
          type="button"
          className="button"
          disabled={working !== ''}
          onClick={() => void restore.openFile()}
        >
          {working === 'restoring' ? 'Restoring…' : 'Restore from a file…'}
        </button>
        {isDesktop && (
          <>
            <button
              type="button"
              className="button"
              onClick={() => void bridge.showBackupsFolder().catch(showError)}
            >
              Show in folder
            </button>
            <button type="button" className="button" onClick={() => void chooseFolder()}>
              Choose folder…
            </button>
          </>
        )}
      </div>
      {isDesktop && folderState && folderState.backups.length > 0 && (
        <BackupTable backups={folderState.backups} disabled={working !== ''} onRestore={restore.openListed} />
      )}
      <StorageStatus />
      {restore.candidate && (
        <RestoreDialog
          fileName={restore.candidate.file.name}
          manifest={restore.candidate.manifest}
          currentCounts={restore.candidate.currentCounts}
          onConfirm={() => void restore.confirm()}
          onCancel={restore.cancel}
        />
      )}
    </section>
  );
}
