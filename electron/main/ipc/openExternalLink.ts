import { checkExternalUrl, needsConsentToOpen } from '@shared/bridge/externalUrl';
import { shell, type WebContents } from 'electron';
import { userAllowsInsecureLink } from './dialogs';

/**
 * Opens a web or mail link in the system browser or mail app, only after checkExternalUrl, and
 * a plain-http one only once the user has agreed. Never throws: a link that cannot be opened
 * answers false.
 */
export async function openExternalLink(payload: unknown, sender?: WebContents): Promise<boolean> {
  try {
    const url = checkExternalUrl(payload);
    if (url === null) return false;
    if (needsConsentToOpen(url) && !(await userAllowsInsecureLink(url, sender))) return false;
    await shell.openExternal(url);
    return true;
  } catch {
    return false;
  }
}
