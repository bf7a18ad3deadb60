import { formatAddressLines, isDomesticAddress } from '@shared/holidayCards/formatAddress';
import { describe, expect, it } from 'vitest';
import { address, berlinAddress } from '../../support/clients';

describe('formatAddressLines', () => {
  it('lays out a US address as city, state ZIP', () => {
    const boston = address({ lines: ['100 Main Street', 'Suite 400'] });
    expect(formatAddressLines(boston, 'DE')).toEqual([
      '100 Main Street',
      'Suite 400',
      'Boston, MA 02110',
      'UNITED STATES',
    ]);
  });

  it('puts a British postcode on its own line', () => {
    const london = address({
      lines: ['10 Downing Street'],
      city: 'London',
      region: '',
      postalCode: 'SW1A 2AA',
      country: 'GB',
    });
    expect(formatAddressLines(london, 'US')).toEqual([
      '10 Downing Street',
      'London',
      'SW1A 2AA',
      'UNITED KINGDOM',
    ]);
  });

  it('puts the German postal code before the city', () => {
    const berlin = berlinAddress();
    expect(formatAddressLines(berlin, 'FR')).toEqual(['Unter den Linden 77', '10117 Berlin', 'GERMANY']);
  });

  it('puts the French postal code before the city', () => {
    const paris = address({
      lines: ['55 Rue du Faubourg Saint-Honoré'],
      city: 'Paris',
      region: '',
      postalCode: '75008',
      country: 'FR',
    });
    expect(formatAddressLines(paris, 'GB')).toEqual([
      '55 Rue du Faubourg Saint-Honoré',
      '75008 Paris',
      'FRANCE',
    ]);
  });

  it('lays out a romanised Japanese address with prefecture and postal code', () => {
    const tokyo = address({
      lines: ['1-1 Chiyoda'],
      city: 'Chiyoda-ku',
      region: 'Tokyo',
      postalCode: '100-8111',
      country: 'JP',
    });
    expect(formatAddressLines(tokyo, 'US')).toEqual(['1-1 Chiyoda', 'Chiyoda-ku, Tokyo 100-8111', 'JAPAN']);
  });

  it("leaves the sender's own country off domestic mail", () => {
    const berlin = berlinAddress();
    expect(formatAddressLines(berlin, 'DE')).toEqual(['Unter den Linden 77', '10117 Berlin']);
    expect(formatAddressLines(address(), 'us')).toEqual(['100 Main Street', 'Boston, MA 02110']);
  });

  it('prints the country when the sender has not said where they are', () => {
    expect(formatAddressLines(address(), '')).toContain('UNITED STATES');
    expect(isDomesticAddress(address(), '')).toBe(false);
  });

  it('can name the destination country in the language of the sender', () => {
    const berlin = berlinAddress();
    expect(formatAddressLines(berlin, 'FR', 'fr').at(-1)).toBe('ALLEMAGNE');
  });

  it('returns no lines for an empty address', () => {
    expect(
      formatAddressLines({ lines: [], city: '', region: '', postalCode: '', country: '' }, 'US'),
    ).toEqual([]);
  });
});

describe('formatAddressLines, asked again', () => {
  it('gives the same lines, and a changed copy does not leak into the next answer', () => {
    const address = {
      lines: ['Unter den Linden 5'],
      city: 'Berlin',
      region: '',
      postalCode: '10117',
      country: 'DE',
    };
    const first = formatAddressLines(address, 'US');
    first.push('scribbled');
    expect(formatAddressLines(address, 'US')).toEqual(['Unter den Linden 5', '10117 Berlin', 'GERMANY']);
    expect(formatAddressLines(address, 'DE')).toEqual(['Unter den Linden 5', '10117 Berlin']);
  });
});
