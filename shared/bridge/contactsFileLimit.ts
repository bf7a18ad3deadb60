import { formatFileSize } from '../text/fileSize';
import { maxContactsFileBytes } from './contract';

/** The one message for a contacts file over the limit, on the desktop and in a browser alike. */
export function contactsFileTooLargeMessage(name: string, size: string): string {
  return `"${name}" is ${size}; Clientele opens contacts files up to ${formatFileSize(maxContactsFileBytes)}.`;
}
