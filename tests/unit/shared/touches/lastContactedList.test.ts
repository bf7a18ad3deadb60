import {
  type ClientListEntry,
  compareListEntries,
  defaultClientListFilters,
  listEntryMatcher,
} from '@shared/clients/listQuery';
import { emptyAddress } from '@shared/model/client';
import { defaultSettings } from '@shared/model/settings';
import { describe, expect, it } from 'vitest';

function entry(id: string, lastContactedOn: string, lastProjectDate = '2020-01-01'): ClientListEntry {
  return {
    id,
    sortName: id,
    searchText: '',
    kind: 'b2b',
    tags: [],
    lastProjectDate,
    totalBilledMinor: 0,
    completedProjectCount: 1,
    activeProjectCount: 0,
    verifiedOn: '',
    matchKeys: [],
    createdAt: '2019-01-01T00:00:00.000Z',
    address: emptyAddress(),
    permissions: { email: true, post: true },
    doNotContact: false,
    lastContactedOn,
  };
}

describe('client list by last contacted', () => {
  const today = '2026-11-30';
  const entries = [entry('b', '2026-11-23'), entry('a', ''), entry('c', '2025-01-04')];

  it('sorts never-contacted clients first, then oldest contact to newest', () => {
    const sorted = [...entries].sort(compareListEntries('lastContacted'));
    expect(sorted.map((item) => item.id)).toEqual(['a', 'c', 'b']);
  });

  it('filters clients not contacted in six months', () => {
    const matches = listEntryMatcher(
      { ...defaultClientListFilters, badge: 'notContacted6' },
      defaultSettings,
      today,
    );
    expect(entries.filter((item) => matches?.(item)).map((item) => item.id)).toEqual(['a', 'c']);
  });

  it('leaves a lapsed client called last week out of the lapsed filter', () => {
    const matches = listEntryMatcher(
      { ...defaultClientListFilters, badge: 'lapsed' },
      defaultSettings,
      today,
    );
    expect(entries.filter((item) => matches?.(item)).map((item) => item.id)).toEqual(['a', 'c']);
  });
});
