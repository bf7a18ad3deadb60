import {
  parseChannel,
  parseKind,
  parseYesNo,
  socialProfileLink,
  splitEmails,
  splitOneLineAddress,
  splitTags,
} from '@shared/import/values/cellValues';
import { labelFromTypes, normalizeContactLabel } from '@shared/import/values/labels';
import { describe, expect, it } from 'vitest';

describe('cell values', () => {
  it('splits tags from Google, Outlook and Mailchimp, dropping "My Contacts"', () => {
    expect(splitTags('* myContacts ::: Clients ::: * starred')).toEqual(['Clients', 'Starred']);
    expect(splitTags('Kunden;Messe 2025')).toEqual(['Kunden', 'Messe 2025']);
    expect(splitTags('"Workshop 2024","VIP"')).toEqual(['Workshop 2024', 'VIP']);
  });

  it('finds email addresses in what people paste into a cell', () => {
    expect(splitEmails('Ruiz, Ana <ana@example.com>')).toEqual(['ana@example.com']);
    expect(splitEmails('a@example.com; b@example.com ::: c@example.com')).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
    ]);
    expect(splitEmails("mailto:o'brien@example.ie")).toEqual(["o'brien@example.ie"]);
    expect(splitEmails('no address here')).toEqual(['no address here']);
  });

  it('reads kinds, channels and yes/no in words', () => {
    expect([
      parseKind('Business (B2B)'),
      parseKind('government'),
      parseKind('Consumer'),
      parseKind('alien'),
    ]).toEqual(['b2b', 'b2g', 'b2c', '']);
    expect([
      parseChannel('Organic Search'),
      parseChannel('Event or talk'),
      parseChannel('Direct Traffic'),
    ]).toEqual(['website', 'event', '']);
    expect([parseYesNo('Yes'), parseYesNo('nein'), parseYesNo('maybe')]).toEqual([true, false, null]);
  });

  it('turns profile handles into links', () => {
    expect(socialProfileLink('x', '@ana_ruiz')).toBe('https://x.com/ana_ruiz');
    expect(socialProfileLink('instagram', '@ana.ruiz')).toBe('https://www.instagram.com/ana.ruiz');
    expect(socialProfileLink('linkedin', 'linkedin.com/in/ana')).toBe('https://linkedin.com/in/ana');
    expect(socialProfileLink('facebook', 'not a link at all')).toBe('');
  });

  it("splits Mailchimp's one-line address and keeps anything else as a street line", () => {
    const isCountry = (text: string) => ['US', 'PT'].includes(text);
    expect(splitOneLineAddress('1 Main St  Apt 2  Atlanta  GA  30303  US', isCountry)).toEqual({
      lines: ['1 Main St', 'Apt 2'],
      city: 'Atlanta',
      region: 'GA',
      postalCode: '30303',
      country: 'US',
    });
    expect(splitOneLineAddress('1 Main St, Atlanta', isCountry).lines).toEqual(['1 Main St, Atlanta']);
  });
});

describe('labels', () => {
  it('writes labels as the app does, whatever tool wrote them', () => {
    expect(
      ['* Work', '_$!<Mobile>!$_', 'CELL', 'Geschäftlich', 'internet', 'Studio'].map(normalizeContactLabel),
    ).toEqual(['work', 'mobile', 'mobile', 'work', '', 'Studio']);
    expect(labelFromTypes(['work', 'fax'])).toBe('work fax');
    expect(labelFromTypes(['voice', 'pref', 'home'])).toBe('home');
  });
});
