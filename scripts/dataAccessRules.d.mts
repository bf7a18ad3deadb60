export interface DataAccessProblem {
  line: number;
  message: string;
}

export function tableNamesOf(databaseSource: string): string[];
export function dataAccessProblems(source: string, tableNames: readonly string[]): DataAccessProblem[];
