import { returnAddressLabels } from '@shared/labels';
import { describe, expect, it } from 'vitest';

const paris = { lines: ['12 Rue de la Paix'], city: 'Paris', region: '', postalCode: '75002', country: 'FR' };

describe('returnAddressLabels', () => {
  it('repeats the sender’s name and address, laid out by their country, with the country named', () => {
    const labels = returnAddressLabels('Sam Freelancer', paris, 3);
    expect(labels).toHaveLength(3);
    expect(labels[2]).toEqual(['Sam Freelancer', '12 Rue de la Paix', '75002 Paris', 'FRANCE']);
  });

  it('can leave the country off for domestic post only', () => {
    expect(returnAddressLabels('Sam Freelancer', paris, 1, { domesticOnly: true })[0]).toEqual([
      'Sam Freelancer',
      '12 Rue de la Paix',
      '75002 Paris',
    ]);
  });

  it('makes no labels for a count of zero or less', () => {
    expect(returnAddressLabels('Sam', paris, 0)).toEqual([]);
    expect(returnAddressLabels('Sam', paris, -2)).toEqual([]);
  });
});
