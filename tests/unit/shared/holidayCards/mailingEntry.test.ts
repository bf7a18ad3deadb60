import { cardLabelLines, mailingEntriesForClient, mailingEntry } from '@shared/holidayCards/mailingEntry';
import { householdName, postalPersonName } from '@shared/holidayCards/recipientNames';
import { describe, expect, it } from 'vitest';
import { address, berlinAddress, namedPerson, settingsIn, storedClient } from '../../support/clients';

const jane = namedPerson('p1', 'Jane', 'Doe', 'Head of Marketing');

describe('mailingEntry', () => {
  it('addresses a US business card to the person, then job title, then organization', () => {
    const acme = storedClient('acme', { organization: 'Acme Inc.', contacts: [jane] });
    const entry = mailingEntry(acme, jane, settingsIn('US'));
    expect(entry.recipientLines).toEqual(['Jane Doe', 'Head of Marketing', 'Acme Inc.']);
    expect(entry.greeting).toBe('Dear Jane');
    expect(entry.id).toBe('acme:p1');
    expect(cardLabelLines(entry)).toEqual([
      'Jane Doe',
      'Head of Marketing',
      'Acme Inc.',
      '100 Main Street',
      'Boston, MA 02110',
    ]);
  });

  it('names the organization first in Germany, as DIN 5008 business post does', () => {
    const berlin = berlinAddress();
    const gmbh = storedClient('gmbh', { organization: 'Beispiel GmbH', contacts: [jane], address: berlin });
    const entry = mailingEntry(gmbh, jane, settingsIn('DE'));
    expect(entry.recipientLines).toEqual(['Beispiel GmbH', 'Jane Doe', 'Head of Marketing']);
    expect(entry.addressLines).toEqual(['Unter den Linden 77', '10117 Berlin']);
  });

  it('puts the title between company and person for Japan', () => {
    const tokyo = address({
      lines: ['1-1 Chiyoda'],
      city: 'Chiyoda-ku',
      region: 'Tokyo',
      postalCode: '100-8111',
      country: 'JP',
    });
    const taro = namedPerson('p2', 'Taro', 'Yamada', 'Sales Manager');
    const kk = storedClient('kk', { organization: 'Example K.K.', contacts: [taro], address: tokyo });
    expect(mailingEntry(kk, taro, settingsIn('US')).recipientLines).toEqual([
      'Example K.K.',
      'Sales Manager',
      'Taro Yamada',
    ]);
  });

  it('addresses a card to the organization as a whole when there is no person', () => {
    const city = storedClient('city', { kind: 'b2g', organization: 'City of Springfield', contacts: [] });
    const entry = mailingEntry(city, undefined, settingsIn('US'));
    expect(entry.recipientLines).toEqual(['City of Springfield']);
    expect(entry.greeting).toBe('Dear friends at City of Springfield');
    expect(entry.personId).toBe('');
  });

  it('addresses a consumer card to the person alone', () => {
    const zoe = namedPerson('p3', 'Zoë', 'Ødegård', 'Architect');
    const consumer = storedClient('zoe', { kind: 'b2c', organization: '', contacts: [zoe] });
    const entry = mailingEntry(consumer, undefined, settingsIn('US'));
    expect(entry.recipientLines).toEqual(['Zoë Ødegård']);
    expect(entry.greeting).toBe('Dear Zoë');
  });

  it('writes East Asian names family name first and greets them in full', () => {
    const li = namedPerson('p4', '小龍', '李');
    const consumer = storedClient('li', { kind: 'b2c', organization: '', contacts: [li] });
    const entry = mailingEntry(consumer, undefined, settingsIn('US'));
    expect(entry.recipientLines).toEqual(['李小龍']);
    expect(entry.greeting).toBe('Dear 李小龍');
  });

  it('flags a card with no one to address it to, and a problem address', () => {
    const nobody = storedClient('nobody', {
      kind: 'b2c',
      organization: '',
      contacts: [],
      address: address({ city: '' }),
    });
    const codes = mailingEntry(nobody, undefined, settingsIn('US')).problems.map((problem) => problem.code);
    expect(codes).toEqual(['no-name', 'no-city']);
  });
});

describe('mailingEntriesForClient', () => {
  it('makes one entry per named contact, skipping contacts without a name', () => {
    const acme = storedClient('acme', {
      contacts: [jane, namedPerson('p2', '', ''), namedPerson('p3', 'John', 'Roe')],
    });
    expect(mailingEntriesForClient(acme, settingsIn('US')).map((entry) => entry.id)).toEqual([
      'acme:p1',
      'acme:p3',
    ]);
  });

  it('makes one entry for the organization when no contact has a name', () => {
    const acme = storedClient('acme', { contacts: [namedPerson('p2', '', '')] });
    expect(mailingEntriesForClient(acme, settingsIn('US')).map((entry) => entry.id)).toEqual(['acme']);
  });
});

describe('names on a shared card', () => {
  const john = namedPerson('p5', 'John', 'Doe');
  const max = namedPerson('p6', 'Max', 'Doe');

  it('writes two people of one family as "Jane and John Doe"', () => {
    expect(householdName([jane, john], true)).toBe('Jane and John Doe');
  });

  it('writes three or more at home as "The Doe family", but lists them at an office', () => {
    expect(householdName([jane, john, max], true)).toBe('The Doe family');
    expect(householdName([jane, john, max], false)).toBe('Jane, John and Max Doe');
  });

  it('writes people of different families in full', () => {
    expect(householdName([jane, namedPerson('p7', 'Ana', 'Ruiz')], true)).toBe('Jane Doe and Ana Ruiz');
  });

  it('keeps a one-part name as it is', () => {
    expect(postalPersonName(namedPerson('p8', '', 'Prince'))).toBe('Prince');
  });
});
