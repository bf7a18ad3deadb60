import { type CsvCell, toCsv } from '../csv/writeCsv';
import type { ImportProblem } from './types';

const severityWords = { error: 'Not imported', warning: 'Imported' } as const;

/** The problems as spreadsheet rows, header first, ordered by row as the user will check them. */
export function problemsToCsvRows(problems: readonly ImportProblem[]): CsvCell[][] {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  return [
    ['Row', 'Column', 'Problem', 'Value', 'What happened'],
    ...sorted.map((problem) => [
      problem.row || 'Whole file',
      problem.field,
      problem.message,
      problem.value,
      problem.outcome ?? severityWords[problem.severity],
    ]),
  ];
}

/** The downloadable problems file: UTF-8 with BOM, formula-safe. */
export function problemsCsv(problems: readonly ImportProblem[]): string {
  return toCsv(problemsToCsvRows(problems));
}

export interface ProblemCounts {
  /** Rows (or the file) not imported. */
  errors: number;
  /** Rows imported with a value kept in the notes. */
  warnings: number;
}

export function countProblems(problems: readonly ImportProblem[]): ProblemCounts {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors += 1;
  return { errors, warnings: problems.length - errors };
}
