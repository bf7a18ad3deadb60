import type { BackupFileInfo } from '@shared/bridge/backupContract';
import { formatFileSize } from '@shared/text/fileSize';
import { backupTime, reasonLabels } from './backupWords';

interface BackupTableProps {
  backups: BackupFileInfo[];
  disabled: boolean;
  onRestore: (fileName: string) => void;
}

/** The backups in the folder, newest first, each with its counts and a Restore button. */
export function BackupTable({ backups, disabled, onRestore }: BackupTableProps) {
  return (
    <table className="data-table backups-table">
      <caption className="visually-hidden">Backups in the folder</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Kind</th>
          <th scope="col">Clients</th>
          <th scope="col">Projects</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.fileName}>
            <th scope="row">{backupTime(backup.createdAt)}</th>
            <td>{reasonLabels[backup.reason]}</td>
            <td>{(backup.rowCounts.clients ?? 0).toLocaleString()}</td>
            <td>{(backup.rowCounts.projects ?? 0).toLocaleString()}</td>
            <td>{formatFileSize(backup.sizeBytes)}</td>
            <td>
              <button
                type="button"
                className="button button--quiet"
                disabled={disabled}
                aria-label={`Restore the backup of ${backupTime(backup.createdAt)}`}
                onClick={() => onRestore(backup.fileName)}
              >
                Restore…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
