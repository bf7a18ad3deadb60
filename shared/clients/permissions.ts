import type { Permission } from '../model/client';

const permissionChoices = ['yes', 'no', 'unknown'] as const;
export type PermissionChoice = (typeof permissionChoices)[number];

export function permissionChoice(permission: Permission): PermissionChoice {
  if (permission === 'unknown') return 'unknown';
  return permission ? 'yes' : 'no';
}

export function permissionOfChoice(choice: PermissionChoice): Permission {
  return choice === 'unknown' ? 'unknown' : choice === 'yes';
}

/** "Yes", "No" or "Unknown": how files and lists write a permission. */
export function permissionWord(permission: Permission): string {
  return { yes: 'Yes', no: 'No', unknown: 'Unknown' }[permissionChoice(permission)];
}

/** Only a recorded yes allows sending; unknown means ask first. */
export function isAllowed(permission: Permission): boolean {
  return permission === true;
}

/**
 * Two records of one client: a "no" on either side wins (an opt-out is never lost), a known
 * answer fills an unknown one, otherwise the existing answer stays.
 */
export function mergePermission(existing: Permission, incoming: Permission): Permission {
  if (existing === false || incoming === false) return false;
  return existing === 'unknown' ? incoming : existing;
}
