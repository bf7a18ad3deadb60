import { newClientDetails } from '@shared/clients/clientDetails';
import { compareEdits, mergeEdits, suggestedChoices } from '@shared/clients/editConflict';
import type { ClientDetails } from '@shared/model/client';
import { describe, expect, it } from 'vitest';

function acme(): ClientDetails {
  const details = newClientDetails('b2b', '2026-11-01');
  const person = details.contacts[0];
  if (!person) throw new Error('newClientDetails starts with one person');
  person.givenName = 'Ana';
  person.familyName = 'Ruiz';
  person.phones = [];
  return { ...details, organization: 'Acme', notes: '', tags: ['design'] };
}

function edited(details: ClientDetails, change: (next: ClientDetails) => void): ClientDetails {
  const next = structuredClone(details);
  change(next);
  return next;
}

describe('compareEdits', () => {
  it('finds nothing when the stored client did not change underneath', () => {
    const base = acme();
    const mine = edited(base, (next) => {
      next.notes = 'Prefers calls';
    });
    const comparison = compareEdits(base, mine, base);
    expect(comparison.changedUnderneath).toBe(false);
    expect(comparison.differences.map((difference) => difference.path)).toEqual(['notes']);
  });

  it('shows a change made elsewhere next to the user own, in words', () => {
    const base = acme();
    const mine = edited(base, (next) => {
      next.notes = 'Prefers calls';
    });
    const stored = edited(base, (next) => {
      next.organization = 'Acme Studio';
      next.permissions.post = !base.permissions.post;
    });
    const comparison = compareEdits(base, mine, stored);
    expect(comparison.changedUnderneath).toBe(true);
    expect(comparison.differences).toEqual([
      {
        path: 'organization',
        label: 'Organization',
        mine: 'Acme',
        stored: 'Acme Studio',
        changedByMe: false,
        changedUnderneath: true,
      },
      expect.objectContaining({ path: 'permissions.post', label: 'Post allowed', changedUnderneath: true }),
      {
        path: 'notes',
        label: 'Notes',
        mine: 'Prefers calls',
        stored: '(empty)',
        changedByMe: true,
        changedUnderneath: false,
      },
    ]);
  });

  it('describes people by name and contact details', () => {
    const base = acme();
    const stored = edited(base, (next) => {
      next.contacts[0]?.phones.push({ label: 'mobile', value: '+34 600 123 456' });
    });
    const [difference] = compareEdits(base, base, stored).differences;
    expect(difference).toMatchObject({
      label: 'People',
      mine: 'Ana Ruiz',
      stored: 'Ana Ruiz (+34 600 123 456)',
    });
  });
});

describe('merging two edits', () => {
  const base = acme();
  const mine = edited(base, (next) => {
    next.notes = 'Notes typed in this window';
    next.website = 'https://mine.example';
  });
  const stored = edited(base, (next) => {
    next.organization = 'Acme Studio';
    next.contacts[0]?.phones.push({ label: 'mobile', value: '+34 600 123 456' });
    next.website = 'https://theirs.example';
  });
  const comparison = compareEdits(base, mine, stored);

  it('suggests keeping both sides: theirs where only they changed, mine where I did', () => {
    expect(suggestedChoices(comparison)).toEqual({
      organization: 'stored',
      website: 'mine',
      contacts: 'stored',
      notes: 'mine',
    });
  });

  it('loses nothing with the suggested choices: the phone added elsewhere and my notes both stay', () => {
    const merged = mergeEdits(mine, stored, suggestedChoices(comparison));
    expect(merged.organization).toBe('Acme Studio');
    expect(merged.contacts[0]?.phones).toEqual([{ label: 'mobile', value: '+34 600 123 456' }]);
    expect(merged.notes).toBe('Notes typed in this window');
    expect(merged.website).toBe('https://mine.example');
  });

  it('takes a part the user changed from the stored version when they choose so', () => {
    const merged = mergeEdits(mine, stored, { ...suggestedChoices(comparison), website: 'stored' });
    expect(merged.website).toBe('https://theirs.example');
    expect(mine.website).toBe('https://mine.example');
  });

  it('removes a social profile that the stored version no longer has', () => {
    const withProfile = edited(base, (next) => {
      next.social.linkedin = 'https://www.linkedin.com/in/ana';
    });
    const merged = mergeEdits(withProfile, base, { 'social.linkedin': 'stored' });
    expect(merged.social.linkedin).toBeUndefined();
  });
});
