import { contactPreferenceNote } from '@shared/surveys';
import { describe, expect, it } from 'vitest';

describe('contactPreferenceNote', () => {
  it('says to ask first when email permission is not known, as after an import', () => {
    expect(
      contactPreferenceNote({ permissions: { email: 'unknown', post: true }, preferredContact: '' }),
    ).toBe('Email permission is not known: ask the client first, or print the survey.');
  });

  it('says nothing for a client who agreed to email, and offers print to one who did not', () => {
    expect(contactPreferenceNote({ permissions: { email: true, post: true }, preferredContact: '' })).toBe(
      '',
    );
    expect(contactPreferenceNote({ permissions: { email: false, post: true }, preferredContact: '' })).toBe(
      'This client has not agreed to email: print the survey or hand it over.',
    );
  });
});
