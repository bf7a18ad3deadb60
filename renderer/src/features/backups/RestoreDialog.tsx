import type { BackupManifest } from '@shared/backup';
import { ConfirmDialog } from '../../ui/ModalDialog';
import { backupTime, tableLabel } from './backupWords';

interface RestoreDialogProps {
  fileName: string;
  manifest: BackupManifest;
  currentCounts: Record<string, number>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Shows what a restore changes (rows now vs in the backup) and asks before replacing the book. */
export function RestoreDialog({
  fileName,
  manifest,
  currentCounts,
  onConfirm,
  onCancel,
}: RestoreDialogProps) {
  const tables = [...new Set([...Object.keys(currentCounts), ...Object.keys(manifest.rowCounts)])];
  return (
    <ConfirmDialog
      title="Restore this backup?"
      confirmLabel="Back up current data and restore"
      cancelLabel="Cancel"
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        <strong>{fileName}</strong>, made {backupTime(manifest.createdAt)} by Clientele {manifest.appVersion}.
      </p>
      <table className="data-table restore-counts">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Now</th>
            <th scope="col">In the backup</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((name) => (
            <tr key={name}>
              <th scope="row">{tableLabel(name)}</th>
              <td>{(currentCounts[name] ?? 0).toLocaleString()}</td>
              <td>{(manifest.rowCounts[name] ?? 0).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Everything in Clientele is replaced by the backup. First, your current data is saved as a “before
        restore” backup, so you can go back. If anything fails, nothing is changed.
      </p>
    </ConfirmDialog>
  );
}
