export {
  type BackupSource,
  type BackupTables,
  countRows,
  newerBackupRefusal,
  packBackup,
  type RunningApp,
  sha256Hex,
  unpackBackup,
  verifyBackupFile,
} from './backupContent';
export { backupWarning } from './backupHealth';
export {
  type BackupCheck,
  type BackupManifest,
  type BackupReason,
  type BackupRefusal,
  backupFileExtension,
  backupHeadBytes,
  readBackupHead,
  splitBackupFile,
} from './manifest';
export { type BackupPhase, createPhaseTimes, type TimePhase, untimed } from './phaseTimes';
export { type BackupRetentionPlan, planBackupRetention } from './retention';
export { compareAppVersions } from './versions';
