import { checkExternalUrl } from '@shared/bridge/externalUrl';
import { shell } from 'electron';

/** Opens a web or mail link in the system browser or mail app, only after checkExternalUrl. */
export async function openExternalLink(payload: unknown): Promise<boolean> {
  const url = checkExternalUrl(payload);
  if (url === null) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch {
    return false;
  }
}
