import { formatFileSize } from '../text/fileSize';
import { maxBackupFileBytes, maxContactsFileBytes, maxSurveyPdfBytes } from './contract';

/** What each limit is about, in the words the refusal uses. */
const limits = {
  contacts: (limit: string) => `Clientele opens contacts files up to ${limit}.`,
  'survey-pdf': (limit: string) =>
    `a returned survey is at most ${limit}. Check that you picked the survey PDF.`,
  backup: (limit: string) => `backups up to ${limit} can be restored.`,
};
const limitBytes: Record<keyof typeof limits, number> = {
  contacts: maxContactsFileBytes,
  'survey-pdf': maxSurveyPdfBytes,
  backup: maxBackupFileBytes,
};

/**
 * The one message for a file over its kind's limit, on the desktop and in a browser alike.
 * `size` is the file's size in words ("120 MB", or "over 100 MB" when it was not read to the end).
 */
export function fileTooLargeMessage(kind: keyof typeof limits, name: string, size: string): string {
  return `"${name}" is ${size}; ${limits[kind](formatFileSize(limitBytes[kind]))}`;
}
