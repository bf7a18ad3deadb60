import type { BackupFileInfo } from '@shared/bridge/backupContract';
import { formatFileSize } from '@shared/text/fileSize';

/** How backups read on screen. */

const tableLabels: Record<string, string> = {
  clients: 'Clients',
  projects: 'Projects',
  serviceTypes: 'Service types',
  pricingScenarios: 'Pricing scenarios',
  mailingLists: 'Mailing lists',
  importBatches: 'Imports',
  importPresets: 'Import presets',
  trash: 'Deleted items kept for undo',
  settings: 'Settings',
  touches: 'Relationship log entries',
  referrals: 'Referrals',
  surveys: 'Surveys',
  surveySendings: 'Surveys sent',
  surveyAnswers: 'Survey answers',
  marketingActivities: 'Marketing activities',
  clientActivityLinks: 'Where clients came from',
  homeDismissals: 'Reminders done or snoozed',
};

export function tableLabel(name: string): string {
  return (
    tableLabels[name] ??
    name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase())
  );
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function backupTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function backupSummary(backup: BackupFileInfo): string {
  const clients = (backup.rowCounts.clients ?? 0).toLocaleString();
  const projects = (backup.rowCounts.projects ?? 0).toLocaleString();
  return `${backupTime(backup.createdAt)} · ${formatFileSize(backup.sizeBytes)} · ${clients} clients, ${projects} projects`;
}

export const reasonLabels: Record<BackupFileInfo['reason'], string> = {
  automatic: 'Automatic',
  manual: 'Made by hand',
  'before-restore': 'Before a restore',
  'at-quit': 'At quit',
};
