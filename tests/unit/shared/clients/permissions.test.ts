import { isAllowed, mergePermission, permissionWord } from '@shared/clients/permissions';
import { describe, expect, it } from 'vitest';

describe('contact permissions', () => {
  it('allows sending only on a recorded yes: unknown means ask first', () => {
    expect([true, false, 'unknown' as const].map(isAllowed)).toEqual([true, false, false]);
    expect(permissionWord('unknown')).toBe('Unknown');
  });

  it('never loses an opt-out when two records merge, and lets a known answer fill an unknown one', () => {
    expect(mergePermission(true, false)).toBe(false);
    expect(mergePermission('unknown', false)).toBe(false);
    expect(mergePermission('unknown', true)).toBe(true);
    expect(mergePermission(true, 'unknown')).toBe(true);
    expect(mergePermission(false, true)).toBe(false);
  });
});
