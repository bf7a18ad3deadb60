import type { Session } from 'electron';
import type { RequestSummary } from './requestPolicy';

/**
 * Permissions and requests for a session. Every permission is denied except one:
 * 'persistent-storage', which navigator.storage.persist() asks for. Granting it to the app's own
 * main frame takes IndexedDB out of best-effort storage, which the browser may evict under disk
 * pressure; for a client book whose only copy is that database, eviction would be data loss.
 */

export interface SessionPolicy {
  /** True for the app's own pages: the only ones that may keep storage persistently. */
  isAppPage(url: string): boolean;
  /** True for requests the session lets through; the rest are cancelled. */
  allowRequest(request: RequestSummary): boolean;
}

function permissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isMainFrame: boolean,
  isAppPage: (url: string) => boolean,
): boolean {
  return (
    permission === 'persistent-storage' &&
    isMainFrame &&
    requestingUrl !== undefined &&
    isAppPage(requestingUrl)
  );
}

export function applySessionPolicy(target: Session, policy: SessionPolicy): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionGranted(permission, details.requestingUrl, details.isMainFrame, policy.isAppPage));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const requestingUrl = details.requestingUrl ?? requestingOrigin;
    return permissionGranted(permission, requestingUrl, details.isMainFrame, policy.isAppPage);
  });
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.allowRequest(details) });
  });
}
