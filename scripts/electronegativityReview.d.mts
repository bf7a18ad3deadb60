export interface Finding {
  check: string;
  file: string;
  location?: string;
  sample: string;
}

export interface ReviewedFinding extends Finding {
  reason: string;
}

export function parseFindingsCsv(text: string): Finding[];
export function compareWithReviewed(
  findings: readonly Finding[],
  reviewed: readonly ReviewedFinding[],
): { unreviewed: Finding[]; stale: ReviewedFinding[] };
export function reviewedEntryProblems(reviewed: readonly ReviewedFinding[]): string[];
