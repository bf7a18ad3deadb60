import { countProblems, type ImportProblem, problemsCsv, problemsToCsvRows } from '@shared/import';
import { describe, expect, it } from 'vitest';

const problems: ImportProblem[] = [
  {
    row: 7,
    field: 'Email',
    message: '"=cmd" is not a valid email address.',
    severity: 'warning',
    value: '=cmd',
  },
  { row: 0, field: '', message: 'The file is empty.', severity: 'error', value: '' },
  { row: 3, field: '', message: 'Too many values.', severity: 'error', value: 'a,b,c,d' },
];

describe('problems file', () => {
  it('lists problems by row, the whole file first', () => {
    expect(problemsToCsvRows(problems).map((row) => row[0])).toEqual(['Row', 'Whole file', 3, 7]);
  });

  it('is a formula-safe CSV with a BOM', () => {
    const csv = problemsCsv(problems);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`7,Email,"""=cmd"" is not a valid email address.",'=cmd,Imported`);
  });

  it('counts rows left out and rows imported with a warning', () => {
    expect(countProblems(problems)).toEqual({ errors: 2, warnings: 1 });
  });
});
