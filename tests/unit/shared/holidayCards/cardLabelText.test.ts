import {
  applyDuplicateChoices,
  cardLabelText,
  findMailingDuplicates,
  mailingEntry,
} from '@shared/holidayCards';
import { mailingEntriesForClient } from '@shared/holidayCards/mailingEntry';
import { defaultLabelTextOptions, type LabelTextOptions, labelTextOptionsFrom } from '@shared/labels';
import { describe, expect, it } from 'vitest';
import { berlinAddress, namedPerson, settingsIn, storedClient } from '../../support/clients';

const jane = namedPerson('p1', 'Jane', 'Doe', 'Head of Marketing');
const acme = storedClient('acme', { organization: 'Acme Inc.', contacts: [jane] });
const berlin = berlinAddress();
const gmbh = storedClient('gmbh', { organization: 'Beispiel GmbH', contacts: [jane], address: berlin });

function options(change: Partial<LabelTextOptions>): LabelTextOptions {
  return { ...defaultLabelTextOptions, ...change };
}

describe('cardLabelText', () => {
  it('prints a label as before with the default options', () => {
    const entry = mailingEntry(acme, jane, settingsIn('US'));
    expect(cardLabelText(entry, defaultLabelTextOptions, 'US')).toEqual([
      'Jane Doe',
      'Head of Marketing',
      'Acme Inc.',
      '100 Main Street',
      'Boston, MA 02110',
    ]);
  });

  it('leaves out job titles when asked', () => {
    const entry = mailingEntry(acme, jane, settingsIn('US'));
    expect(cardLabelText(entry, options({ jobTitles: false }), 'US')).toEqual([
      'Jane Doe',
      'Acme Inc.',
      '100 Main Street',
      'Boston, MA 02110',
    ]);
  });

  it('puts the organization first in the US, or the person first in Germany, when chosen', () => {
    const us = mailingEntry(acme, jane, settingsIn('US'));
    expect(cardLabelText(us, options({ nameOrder: 'organization-first' }), 'US').slice(0, 3)).toEqual([
      'Acme Inc.',
      'Jane Doe',
      'Head of Marketing',
    ]);
    const de = mailingEntry(gmbh, jane, settingsIn('DE'));
    expect(cardLabelText(de, defaultLabelTextOptions, 'DE').slice(0, 3)).toEqual([
      'Beispiel GmbH',
      'Jane Doe',
      'Head of Marketing',
    ]);
    expect(cardLabelText(de, options({ nameOrder: 'person-first' }), 'DE').slice(0, 3)).toEqual([
      'Jane Doe',
      'Head of Marketing',
      'Beispiel GmbH',
    ]);
  });

  it('puts the town line in capitals, and the country line stays in capitals below it', () => {
    const domestic = mailingEntry(acme, jane, settingsIn('US'));
    expect(cardLabelText(domestic, options({ upperCaseLastLine: true }), 'US').slice(-2)).toEqual([
      '100 Main Street',
      'BOSTON, MA 02110',
    ]);
    const abroad = mailingEntry(gmbh, jane, settingsIn('US'));
    expect(cardLabelText(abroad, options({ upperCaseLastLine: true }), 'US').slice(-3)).toEqual([
      'Unter den Linden 77',
      '10117 BERLIN',
      'GERMANY',
    ]);
  });

  it('names only the person on a consumer card, whatever the order', () => {
    const home = storedClient('home', {
      kind: 'b2c',
      organization: '',
      contacts: [namedPerson('h1', 'Ann', 'Lee', 'Nurse')],
    });
    const entry = mailingEntry(home, undefined, settingsIn('US'));
    const lines = cardLabelText(entry, options({ nameOrder: 'organization-first' }), 'US');
    expect(lines[0]).toBe('Ann Lee');
    expect(lines).not.toContain('Nurse');
  });

  it('keeps a merged card to the organization free of a job title', () => {
    const bob = namedPerson('p2', 'Bob', 'Roe', 'Buyer');
    const both = storedClient('acme', { organization: 'Acme Inc.', contacts: [jane, bob] });
    const entries = mailingEntriesForClient(both, settingsIn('US'));
    const cases = findMailingDuplicates(entries);
    const cards = applyDuplicateChoices(entries, cases, {});
    expect(cards).toHaveLength(1);
    const [organizationCard] = cards.map((card) =>
      cardLabelText(card, options({ nameOrder: 'person-first' }), 'US'),
    );
    expect(organizationCard?.[0]).toBe('Acme Inc.');
  });
});

describe('labelTextOptionsFrom', () => {
  it('keeps stored choices and replaces anything missing or not understood by the default', () => {
    expect(labelTextOptionsFrom(undefined)).toEqual(defaultLabelTextOptions);
    expect(
      labelTextOptionsFrom({ jobTitles: false, nameOrder: 'sideways', upperCaseLastLine: 'yes' }),
    ).toEqual({ ...defaultLabelTextOptions, jobTitles: false });
    expect(labelTextOptionsFrom({ nameOrder: 'organization-first', upperCaseLastLine: true })).toEqual({
      jobTitles: true,
      nameOrder: 'organization-first',
      upperCaseLastLine: true,
    });
  });
});
