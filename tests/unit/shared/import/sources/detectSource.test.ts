import { defaultMapping, detectCsvSource, suggestedBatchTag } from '@shared/import';
import { describe, expect, it } from 'vitest';

const fields = (source: Parameters<typeof defaultMapping>[0], header: string[]) =>
  defaultMapping(source, header).map((column) =>
    [column.field, column.group ?? '', column.label ?? ''].filter(Boolean).join(' '),
  );

describe('detectCsvSource', () => {
  it.each([
    [['First Name', 'Last Name', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value'], 'google'],
    [['Name', 'Given Name', 'Family Name', 'Group Membership', 'E-mail 1 - Type'], 'google-legacy'],
    [['First Name', 'Last Name', 'E-mail Address', 'Business Street', 'Business Street 2'], 'outlook'],
    [['First Name', 'Last Name', 'Given Yomi', 'Surname Yomi', 'E-mail Address'], 'outlook-com'],
    [['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'], 'linkedin'],
    [['First Name', 'Last Name', 'Display Name', 'Primary Email', 'Secondary Email'], 'thunderbird'],
    [['Record ID', 'First Name', 'Email', 'Lifecycle Stage'], 'hubspot'],
    [['Email Address', 'First Name', 'MEMBER_RATING', 'LEID'], 'mailchimp'],
    [['Kind', 'Organization', 'Contact 1 given name', 'Contact 1 email 1'], 'clientele'],
    [['Vorname', 'Nachname', 'E-Mail'], 'generic'],
  ] as const)('%j is %s', (header, source) => {
    expect(detectCsvSource(header)).toBe(source);
  });
});

describe('defaultMapping', () => {
  it("pairs Google's numbered labels with their values", () => {
    expect(
      fields('google', ['E-mail 1 - Label', 'E-mail 1 - Value', 'Address 2 - City', 'Phonetic First Name']),
    ).toEqual(['emailLabel e mail 1', 'email e mail 1', 'city 2', 'ignore']);
  });

  it("reads Outlook's address blocks and phones by their names", () => {
    expect(
      fields('outlook', [
        'Business Street 2',
        'Home City',
        'Mobile Phone',
        'Business Fax',
        'Sensitivity',
        'Spouse',
      ]),
    ).toEqual(['street work', 'city home', 'phone mobile', 'phone work fax', 'ignore', 'labelledNote']);
  });

  it('guesses columns of any spreadsheet in several languages, and keeps the unknown ones in the notes', () => {
    expect(
      fields('generic', [
        'Vorname',
        'Nom',
        'Société',
        'Courriel',
        'Handy',
        'Straße geschäftlich',
        'Favourite colour',
        '',
      ]),
    ).toEqual([
      'givenName',
      'familyName',
      'organization',
      'email',
      'phone mobile',
      'street work',
      'labelledNote',
      'ignore',
    ]);
  });
});

describe('suggestedBatchTag', () => {
  it('names the source and the month', () => {
    expect(suggestedBatchTag('linkedin', '2026-11-23')).toBe('Imported from LinkedIn 2026-11');
  });
});
