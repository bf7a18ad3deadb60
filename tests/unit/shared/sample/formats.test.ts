import type { ClientDetails } from '@shared/model/client';
import { generateSampleData } from '@shared/sample';
import { isValidEmail } from '@shared/validation/contactValues';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';

const today = '2025-06-15';
const data = generateSampleData({ clientCount: 3000, seed: 4242, today });
const details: ClientDetails[] = data.clients.map((client) => client.details);

// Written from the national postal formats, independently of the generator's tables.
const postalCodeFormats: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}$/,
  CA: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/,
  AU: /^\d{4}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  MX: /^\d{5}$/,
  NL: /^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/,
  SE: /^\d{3} \d{2}$/,
  NO: /^\d{4}$/,
  PL: /^\d{2}-\d{3}$/,
  IE: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}$/,
  JP: /^\d{3}-\d{4}$/,
  BR: /^\d{5}-\d{3}$/,
};

describe('sample data: contact details in each country’s format', () => {
  it('draws clients from many countries', () => {
    const countries = new Set(details.map((client) => client.address.country));
    expect(countries.size).toBeGreaterThanOrEqual(15);
    for (const country of countries) expect(Object.keys(postalCodeFormats)).toContain(country);
  });

  it('writes postal codes the way each country does', () => {
    const withPostalCode = details.filter((client) => client.address.postalCode !== '');
    expect(withPostalCode.length).toBeGreaterThan(details.length * 0.8);
    for (const { address } of withPostalCode) {
      expect(address.postalCode, address.country).toMatch(postalCodeFormats[address.country] ?? /^$/);
      expect(address.lines.length).toBeGreaterThan(0);
      expect(address.city).not.toBe('');
    }
    expect(withPostalCode.some((client) => /^\d{5}-\d{4}$/.test(client.address.postalCode))).toBe(true);
  });

  it('gives phone numbers that are valid in the client’s own country', () => {
    const phones = details.flatMap((client) =>
      client.contacts.flatMap((contact) =>
        contact.phones.map((phone) => ({ phone, country: client.address.country })),
      ),
    );
    expect(phones.length).toBeGreaterThan(details.length);
    for (const { phone, country } of phones) {
      const parsed = parsePhoneNumberFromString(phone.value);
      expect(parsed?.isValid(), phone.value).toBe(true);
      expect(parsed?.country, phone.value).toBe(country);
    }
  });

  it('gives valid ASCII email addresses, at the organization’s own domain for work', () => {
    let workAtWebsiteDomain = 0;
    for (const client of details) {
      const websiteHost = client.website ? new URL(client.website).hostname.replace(/^www\./, '') : '';
      for (const contact of client.contacts) {
        for (const email of contact.emails) {
          expect(isValidEmail(email.value), email.value).toBe(true);
          expect(email.value).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+$/);
          if (email.label === 'work' && websiteHost && email.value.endsWith(`@${websiteHost}`)) {
            workAtWebsiteDomain += 1;
          }
        }
      }
    }
    expect(workAtWebsiteDomain).toBeGreaterThan(details.length * 0.3);
  });

  it('derives email addresses from the person’s name, folding accents', () => {
    const folded = details.flatMap((client) =>
      client.contacts.filter((contact) => /ø|ö|é|ł/i.test(contact.familyName) && contact.emails.length > 0),
    );
    expect(folded.length).toBeGreaterThan(0);
    const nameParts = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const matching = folded.filter((contact) => {
      const family = nameParts(contact.familyName.split(' ')[0] ?? '')
        .replace(/ø/g, 'o')
        .replace(/ł/g, 'l');
      return contact.emails.some((email) => email.value.includes(family.replace(/[^a-z0-9]/g, '')));
    });
    expect(matching.length / folded.length).toBeGreaterThan(0.5);
  });

  it('links websites and LinkedIn profiles for some clients', () => {
    const websites = details.filter((client) => client.website !== '');
    const linkedIn = details.filter((client) => client.social.linkedin);
    expect(websites.length).toBeGreaterThan(details.length * 0.4);
    expect(linkedIn.length).toBeGreaterThan(details.length * 0.15);
    for (const client of websites) expect(client.website).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/$/);
    for (const client of linkedIn) {
      expect(client.social.linkedin).toMatch(/^https:\/\/www\.linkedin\.com\/(in|company)\/[a-z0-9-]+$/);
    }
  });
});

describe('sample data: project amounts', () => {
  const services = new Map(data.serviceTypes.map((type) => [type.id, type.name]));
  const inDollars = data.projects.filter((project) => project.amount.currency === 'USD');
  const dollarsFor = (service: string) =>
    inDollars
      .filter((project) => services.get(project.serviceTypeId) === service)
      .map((p) => p.amount.amountMinor / 100);

  it('prices each service plausibly, websites well above a consulting day', () => {
    const websites = dollarsFor('Website redesign');
    const consultingDays = dollarsFor('Consulting day');
    expect(Math.min(...websites)).toBeGreaterThanOrEqual(1500);
    expect(Math.max(...consultingDays)).toBeLessThanOrEqual(2500);
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    expect(median(websites)).toBeGreaterThan(median(consultingDays) * 3);
  });

  it('quotes round amounts in whole minor units, yen without decimals', () => {
    for (const project of data.projects) expect(Number.isSafeInteger(project.amount.amountMinor)).toBe(true);
    expect(inDollars.every((project) => project.amount.amountMinor % 500 === 0)).toBe(true);
    const yen = generateSampleData({ clientCount: 300, seed: 1, today, homeCurrency: 'JPY' }).projects;
    const yenAmounts = yen
      .filter((project) => project.amount.currency === 'JPY')
      .map((p) => p.amount.amountMinor);
    expect(Math.min(...yenAmounts)).toBeGreaterThanOrEqual(10_000);
  });
});
