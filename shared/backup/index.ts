export {
  type BackupSource,
  type BackupTables,
  packBackup,
  unpackBackup,
  verifyBackupFile,
} from './backupContent';
export { backupWarning } from './backupHealth';
export {
  type BackupManifest,
  type BackupReason,
  backupFileExtension,
  backupHeadBytes,
  readBackupHead,
  splitBackupFile,
} from './manifest';
export { type BackupPhase, createPhaseTimes, type TimePhase, untimed } from './phaseTimes';
export { planBackupRetention } from './retention';
