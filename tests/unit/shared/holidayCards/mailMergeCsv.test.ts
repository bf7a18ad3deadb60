import { mailingEntry } from '@shared/holidayCards/mailingEntry';
import { mailMergeCsv } from '@shared/holidayCards/mailMergeCsv';
import { defaultLabelTextOptions, type LabelTextOptions } from '@shared/labels';
import { describe, expect, it } from 'vitest';
import { berlinAddress, namedPerson, settingsIn, storedClient } from '../../support/clients';

function rowsOf(csv: string): string[] {
  return csv.slice(1).split('\r\n').slice(0, -1);
}

describe('mailMergeCsv', () => {
  const jane = namedPerson('p1', 'Jane', 'Doe', 'Head of Marketing');
  const berlin = berlinAddress();
  const cards = [
    mailingEntry(
      storedClient('acme', { organization: 'Acme Inc.', contacts: [jane] }),
      jane,
      settingsIn('US'),
    ),
    mailingEntry(
      storedClient('zoe', {
        kind: 'b2c',
        organization: '',
        contacts: [namedPerson('p2', 'Zoë', 'Ødegård')],
        address: berlin,
      }),
      undefined,
      settingsIn('US'),
    ),
  ];

  it('is UTF-8 with a byte-order mark, so accents survive in Excel and Word', () => {
    const csv = mailMergeCsv(cards, defaultLabelTextOptions, 'US');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Zoë Ødegård');
  });

  it('has clearly named columns: lines as printed and the structured parts', () => {
    const [header] = rowsOf(mailMergeCsv(cards, defaultLabelTextOptions, 'US'));
    expect(header?.split(',')).toEqual([
      'Greeting',
      'Recipient line 1',
      'Recipient line 2',
      'Recipient line 3',
      'Name',
      'Job title',
      'Organization',
      'Address line 1',
      'Address line 2',
      'Address line 3',
      'Street',
      'City',
      'Region',
      'Postal code',
      'Country',
      'Country code',
    ]);
  });

  it('writes one row per card, shorter cards padded with empty cells', () => {
    const [, acme, zoe] = rowsOf(mailMergeCsv(cards, defaultLabelTextOptions, 'US'));
    expect(acme).toBe(
      'Dear Jane,Jane Doe,Head of Marketing,Acme Inc.,Jane Doe,Head of Marketing,Acme Inc.,' +
        '100 Main Street,"Boston, MA 02110",,100 Main Street,Boston,MA,02110,United States,US',
    );
    expect(zoe).toBe(
      'Dear Zoë,Zoë Ødegård,,,Zoë Ødegård,,,Unter den Linden 77,10117 Berlin,GERMANY,Unter den Linden 77,Berlin,,10117,Germany,DE',
    );
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const sneaky = namedPerson('p3', '=HYPERLINK("x")', 'Doe');
    const card = mailingEntry(
      storedClient('evil', { kind: 'b2c', contacts: [sneaky] }),
      undefined,
      settingsIn('US'),
    );
    expect(mailMergeCsv([card], defaultLabelTextOptions, 'US')).toContain(`"'=HYPERLINK(""x"") Doe"`);
  });

  it('still has every column when there are no cards', () => {
    expect(rowsOf(mailMergeCsv([], defaultLabelTextOptions, 'US'))).toHaveLength(1);
  });

  describe('follows the label options in the address block, as the label sheet does', () => {
    const withOptions = (change: Partial<LabelTextOptions>) =>
      rowsOf(mailMergeCsv(cards, { ...defaultLabelTextOptions, ...change }, 'US'));

    it('leaves job titles out of the recipient lines, keeping the structured job title', () => {
      const [header, acme] = withOptions({ jobTitles: false });
      expect(header?.split(',').filter((column) => column.startsWith('Recipient line'))).toEqual([
        'Recipient line 1',
        'Recipient line 2',
      ]);
      expect(acme).toBe(
        'Dear Jane,Jane Doe,Acme Inc.,Jane Doe,Head of Marketing,Acme Inc.,' +
          '100 Main Street,"Boston, MA 02110",,100 Main Street,Boston,MA,02110,United States,US',
      );
    });

    it('puts the organization before the person when chosen', () => {
      const [, acme] = withOptions({ nameOrder: 'organization-first' });
      expect(acme?.startsWith('Dear Jane,Acme Inc.,Jane Doe,Head of Marketing,')).toBe(true);
    });

    it('writes the town line (and a country line under it) in capitals when chosen', () => {
      const [, acme, zoe] = withOptions({ upperCaseLastLine: true });
      expect(acme).toContain(',100 Main Street,"BOSTON, MA 02110",,100 Main Street,Boston,');
      expect(zoe).toContain(',Unter den Linden 77,10117 BERLIN,GERMANY,Unter den Linden 77,Berlin,');
    });
  });
});
