import { contactsAppCsv } from '@shared/export/contactsAppCsv';
import { parseContactsFile } from '@shared/import';
import { describe, expect, it } from 'vitest';
import { client } from '../../support/clients';

const polishClient = client({
  kind: 'b2b',
  organization: 'Nowak & Syn',
  contacts: [
    {
      id: 'p1',
      givenName: 'Ewa',
      familyName: 'Nowak',
      jobTitle: 'Owner',
      emails: [{ label: 'work', value: 'ewa@nowak.example' }],
      phones: [{ label: 'mobile', value: '+48 601 234 567' }],
    },
    { id: 'p2', givenName: 'Jan', familyName: 'Nowak', jobTitle: '', emails: [], phones: [] },
  ],
  tags: ['VIP', 'Poland'],
});

describe('clients exported for another contacts app', () => {
  it('keeps phone numbers and values as typed, with no spreadsheet apostrophe', () => {
    const text = contactsAppCsv([polishClient]);
    expect(text).toContain(',+48 601 234 567,');
    expect(text).not.toContain("'+48");
  });

  it('writes one row per person in the Google layout, which reads back as Google Contacts', async () => {
    const result = await parseContactsFile(
      new TextEncoder().encode(contactsAppCsv([polishClient])),
      'out.csv',
    );
    expect(result.source).toBe('google');
    expect(result.contacts).toHaveLength(2);
    const ewa = result.contacts[0]?.details;
    expect(ewa?.organization).toBe('Nowak & Syn');
    expect(ewa?.contacts[0]).toMatchObject({
      givenName: 'Ewa',
      jobTitle: 'Owner',
      phones: [{ value: '+48 601 234 567' }],
    });
    expect(ewa?.tags).toEqual(expect.arrayContaining(['VIP', 'Poland']));
  });

  it('keeps every name part and the department, in the columns Google reads them from', async () => {
    const doe = client({
      kind: 'b2b',
      organization: 'IBM',
      department: 'Accounting',
      contacts: [
        {
          id: 'p1',
          prefix: 'Mr.',
          givenName: 'John',
          middleName: 'Richter James',
          familyName: 'Doe',
          suffix: 'Sr.',
          nickname: 'Johnny',
          jobTitle: 'Controller',
          emails: [{ label: 'work', value: 'john.doe@ibm.example' }],
          phones: [],
        },
      ],
    });
    const result = await parseContactsFile(new TextEncoder().encode(contactsAppCsv([doe])), 'out.csv');
    expect(result.source).toBe('google');
    const details = result.contacts[0]?.details;
    expect(details?.department).toBe('Accounting');
    expect(details?.contacts[0]).toMatchObject({
      prefix: 'Mr.',
      givenName: 'John',
      middleName: 'Richter James',
      familyName: 'Doe',
      suffix: 'Sr.',
      nickname: 'Johnny',
    });
  });
});
