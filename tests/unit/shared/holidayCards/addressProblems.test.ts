import { addressProblems, isCompleteAddress } from '@shared/holidayCards/addressProblems';
import { postalCodeFitsCountry } from '@shared/holidayCards/postalCodes';
import { describe, expect, it } from 'vitest';
import { address } from '../../support/clients';

function codes(parts: Parameters<typeof address>[0]) {
  return addressProblems(address(parts)).map((problem) => problem.code);
}

describe('addressProblems', () => {
  it('finds nothing wrong with a complete address', () => {
    expect(addressProblems(address())).toEqual([]);
    expect(isCompleteAddress(address())).toBe(true);
  });

  it('names each missing part', () => {
    expect(codes({ lines: ['  '], city: '', postalCode: '', country: '' })).toEqual([
      'no-street',
      'no-city',
      'no-postal-code',
      'no-country',
    ]);
    expect(isCompleteAddress(address({ city: '' }))).toBe(false);
  });

  it('does not ask for a postal code where the country has none', () => {
    expect(codes({ postalCode: '', country: 'HK', region: '' })).toEqual([]);
    expect(codes({ postalCode: '', country: 'AE', region: '' })).toEqual([]);
    // Irish post arrives without an Eircode; one that is given must still be right.
    expect(codes({ postalCode: '', country: 'IE' })).toEqual([]);
    expect(codes({ postalCode: '12345', country: 'IE' })).toEqual(['postal-code-mismatch']);
  });

  it('flags a postal code that does not fit the country, in words', () => {
    const problems = addressProblems(address({ postalCode: '1234', country: 'DE', city: 'Berlin' }));
    expect(problems).toEqual([
      {
        code: 'postal-code-mismatch',
        message: 'Postal code "1234" does not look like a postal code in Germany',
      },
    ]);
    expect(isCompleteAddress(address({ postalCode: '1234', country: 'DE' }))).toBe(true);
  });

  it('flags a country code it does not know, which makes the address incomplete', () => {
    expect(codes({ country: 'XX' })).toEqual(['unknown-country']);
    expect(isCompleteAddress(address({ country: 'XX' }))).toBe(false);
  });
});

describe('postalCodeFitsCountry', () => {
  const valid: [string, string][] = [
    ['US', '02110'],
    ['US', '02110-1234'],
    ['CA', 'K1A 0B1'],
    ['GB', 'SW1A 2AA'],
    ['GB', 'M1 1AE'],
    ['DE', '10117'],
    ['FR', '75008'],
    ['ES', '28013'],
    ['IT', '00184'],
    ['NL', '1012 LG'],
    ['BE', '1000'],
    ['CH', '8001'],
    ['AT', '1010'],
    ['SE', '111 22'],
    ['DK', '1050'],
    ['NO', '0150'],
    ['FI', '00100'],
    ['PL', '00-001'],
    ['PT', '1100-048'],
    ['IE', 'D02 X285'],
    ['IE', 'D6W 1234'],
    ['AU', '2000'],
    ['NZ', '1010'],
    ['JP', '100-8111'],
    ['JP', '〒１００-８１１１'],
    ['BR', '01310-100'],
    ['IN', '560001'],
    ['MX', '06600'],
  ];
  it.each(valid)('accepts a real %s postal code: %s', (country, code) => {
    expect(postalCodeFitsCountry(code, country)).toBe(true);
  });

  const invalid: [string, string][] = [
    ['US', '2110'],
    ['CA', 'D1A 0B1'],
    ['GB', '12345'],
    ['DE', '1011'],
    ['ES', '53001'],
    ['NL', '0123 AB'],
    ['CH', '0800'],
    ['PL', '00001'],
    ['PT', '1100'],
    ['IE', 'B02 X285'],
    ['JP', '1008-111'],
    ['IN', '060001'],
  ];
  it.each(invalid)('rejects a %s postal code of the wrong shape: %s', (country, code) => {
    expect(postalCodeFitsCountry(code, country)).toBe(false);
  });

  it('lower case and extra spaces do not count against a code', () => {
    expect(postalCodeFitsCountry(' sw1a  2aa ', 'GB')).toBe(true);
  });

  it('says nothing about countries it has no pattern for', () => {
    expect(postalCodeFitsCountry('anything', 'KE')).toBeUndefined();
  });
});
