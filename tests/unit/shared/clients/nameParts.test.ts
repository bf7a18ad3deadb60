import { clientSortName, fullPersonName } from '@shared/clients/names';
import { compareWithExisting } from '@shared/contacts/compareClients';
import { clientMatchKeys } from '@shared/contacts/matchKeys';
import { mergeFillEmpty } from '@shared/contacts/mergeFillEmpty';
import { mailingEntry } from '@shared/holidayCards/mailingEntry';
import { parseContactsFile } from '@shared/import';
import type { ClientDetails, ContactPerson } from '@shared/model/client';
import { describe, expect, it } from 'vitest';
import { namedPerson, settingsIn, storedClient } from '../../support/clients';

const john: ContactPerson = {
  ...namedPerson('p1', 'John', 'Doe', ''),
  prefix: 'Mr.',
  middleName: 'Richter James',
  suffix: 'Sr.',
  nickname: 'Jack',
};

async function importCard(lines: string[]): Promise<ClientDetails | undefined> {
  const text = ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');
  const result = await parseContactsFile(new TextEncoder().encode(text), 'card.vcf');
  return result.contacts[0]?.details;
}

describe('name parts', () => {
  it('keeps each part of N: lists joined by spaces, escaped commas kept as text', async () => {
    const lists = await importCard(['N:Doe;John;Richter,James;Mr.;Sr.', 'FN:Mr. John Doe Sr.']);
    expect(lists?.contacts[0]).toMatchObject({
      prefix: 'Mr.',
      givenName: 'John',
      middleName: 'Richter James',
      familyName: 'Doe',
      suffix: 'Sr.',
    });
    const escaped = await importCard(['N:Doe;John;Richter\\, James;;', 'NICKNAME:Jack']);
    expect(escaped?.contacts[0]).toMatchObject({ middleName: 'Richter, James', nickname: 'Jack' });
    expect(escaped?.notes).toBe('');
  });

  it('addresses the holiday card with every part and greets formally when there is a prefix', () => {
    const entry = mailingEntry(storedClient('c1', { kind: 'b2c', contacts: [john] }), john, settingsIn('US'));
    expect(entry.recipientLines).toEqual(['Mr. John Richter James Doe Sr.']);
    expect(entry.greeting).toBe('Dear Mr. Doe');
    const friend = { ...john, prefix: '' };
    expect(
      mailingEntry(storedClient('c2', { kind: 'b2c', contacts: [friend] }), friend, settingsIn('US'))
        .greeting,
    ).toBe('Dear Jack');
    expect(fullPersonName(john)).toBe('Mr. John Richter James Doe Sr.');
  });

  it('sorts a client listed under a person by family name, an organization by its name', () => {
    expect(clientSortName({ kind: 'b2c', organization: '', contacts: [john] })).toBe(
      'doe john richter james',
    );
    expect(clientSortName({ kind: 'b2b', organization: 'Émile & Co', contacts: [john] })).toBe('emile & co');
  });

  it('matches duplicates by given and family name, whatever the prefix, middle names and suffix', () => {
    const plain = storedClient('c3', {
      kind: 'b2c',
      organization: '',
      contacts: [namedPerson('p2', 'John', 'Doe', '')],
    });
    const formal = storedClient('c4', { kind: 'b2c', organization: '', contacts: [john] });
    expect(clientMatchKeys(formal).filter((key) => key.startsWith('name:'))).toEqual(
      clientMatchKeys(plain).filter((key) => key.startsWith('name:')),
    );
  });

  it('shows a different part as a difference and fills an empty one, department too', () => {
    const existing = storedClient('c5', {
      kind: 'b2b',
      organization: 'IBM',
      contacts: [{ ...john, prefix: '', suffix: 'Jr.' }],
    });
    const incoming = {
      ...storedClient('c6', { kind: 'b2b', organization: 'IBM', contacts: [john] }),
      department: 'Accounting',
    };
    expect(compareWithExisting(existing, incoming)).toEqual([
      { field: 'contacts.0.suffix', existing: 'Jr.', incoming: 'Sr.' },
    ]);
    const merged = mergeFillEmpty(existing, incoming);
    expect(merged.department).toBe('Accounting');
    expect(merged.contacts[0]).toMatchObject({ prefix: 'Mr.', suffix: 'Jr.' });
  });

  it('keeps the department of ORG units, and TITLE and ROLE both', async () => {
    const card = await importCard([
      'N:Doe;Jane;;;',
      'ORG:IBM;Accounting;Payroll',
      'ROLE:Controller',
      'TITLE:Head of Payroll',
    ]);
    expect(card).toMatchObject({
      organization: 'IBM',
      department: 'Accounting, Payroll',
      notes: 'Role: Controller',
    });
    expect(card?.contacts[0]?.jobTitle).toBe('Head of Payroll');
  });

  it('reads a tel: URI with its extension and shows it as people write it', async () => {
    const card = await importCard(['N:Doe;Jane;;;', 'TEL;VALUE=uri;TYPE=work:tel:+1-418-656-9254;ext=102']);
    expect(card?.contacts[0]?.phones).toEqual([{ label: 'work', value: '+1 418-656-9254 ext. 102' }]);
  });
});
