import { toCsv, unneutralizeFormulaText } from '@shared/csv/writeCsv';
import { describe, expect, it } from 'vitest';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads accents right', () => {
    const csv = toCsv([['name'], ['François']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('name\r\nFrançois\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const csv = toCsv([['=HYPERLINK("http://evil")', '+1 555 0100', '-x', '@SUM(A1)', '\tcmd']]);
    expect(csv.slice(1)).toBe('"\'=HYPERLINK(""http://evil"")",\'+1 555 0100,\'-x,\'@SUM(A1),\'\tcmd\r\n');
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(toCsv([[-1250, 0, 3.5]]).slice(1)).toBe('-1250,0,3.5\r\n');
  });

  it('quotes cells with separators, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'line1\nline2', 'x;y']]).slice(1)).toBe(
      '"a,b","say ""hi""","line1\nline2","x;y"\r\n',
    );
  });

  it('keeps text that itself starts with an apostrophe and a formula sign exact through a round trip', () => {
    expect(toCsv([["'=not a formula"]]).slice(1)).toBe("''=not a formula\r\n");
    expect(unneutralizeFormulaText("''=not a formula")).toBe("'=not a formula");
  });

  it('reads back neutralised text as it was', () => {
    expect(unneutralizeFormulaText("'=1+1")).toBe('=1+1');
    expect(unneutralizeFormulaText("'tis")).toBe("'tis");
  });
});
