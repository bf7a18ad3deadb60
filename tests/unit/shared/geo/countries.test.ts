import { countryCodeFromText, countryName, isKnownCountryCode } from '@shared/geo/countries';
import { describe, expect, it } from 'vitest';

describe('countries', () => {
  it('reads country names and codes the way address books write them', () => {
    expect(countryCodeFromText('Germany')).toBe('DE');
    expect(countryCodeFromText('Deutschland')).toBe('DE');
    expect(countryCodeFromText('de')).toBe('DE');
    expect(countryCodeFromText('United Kingdom')).toBe('GB');
    expect(countryCodeFromText('UK')).toBe('GB');
    expect(countryCodeFromText('USA')).toBe('US');
    expect(countryCodeFromText('Atlantis')).toBe('');
  });

  it('names countries and knows their codes', () => {
    expect(countryName('JP')).toBe('Japan');
    expect(isKnownCountryCode('XX')).toBe(false);
  });
});
