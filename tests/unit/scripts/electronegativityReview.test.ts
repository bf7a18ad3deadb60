import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareWithReviewed,
  parseFindingsCsv,
  type ReviewedFinding,
  reviewedEntryProblems,
} from '../../../scripts/electronegativityReview.mjs';

const csv = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/mainWindow.ts","13:17","const window = new BrowserWindow({","Use sandbox",https://example.org',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/ipc/openExternalLink.ts","15:10","await shell.openExternal(url, { note: ""x"" });","Review",https://example.org',
  '',
].join('\n');

const reviewed = (check: string, file: string, sample: string): ReviewedFinding => ({
  check,
  file,
  sample,
  reason: 'Reviewed: the settings come from secureWebPreferences.',
});

describe('electronegativity review', () => {
  it('reads check, file, location and source line from the CSV, quotes and all', () => {
    expect(parseFindingsCsv(csv)).toEqual([
      {
        check: 'SANDBOX_JS_CHECK',
        file: 'main/mainWindow.ts',
        location: '13:17',
        sample: 'const window = new BrowserWindow({',
      },
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'main/ipc/openExternalLink.ts',
        location: '15:10',
        sample: 'await shell.openExternal(url, { note: "x" });',
      },
    ]);
  });

  it('reports a finding nobody reviewed, whatever line it moved to', () => {
    const findings = parseFindingsCsv(csv);
    const { unreviewed, stale } = compareWithReviewed(findings, [
      reviewed('SANDBOX_JS_CHECK', 'main/mainWindow.ts', 'const window = new BrowserWindow({'),
    ]);
    expect(unreviewed.map((finding) => finding.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    expect(stale).toEqual([]);
  });

  it('counts a second finding of the same line as new', () => {
    const [first] = parseFindingsCsv(csv);
    const entry = reviewed('SANDBOX_JS_CHECK', 'main/mainWindow.ts', 'const window = new BrowserWindow({');
    const { unreviewed } = compareWithReviewed(
      [first, first].filter((f) => f !== undefined),
      [entry],
    );
    expect(unreviewed).toHaveLength(1);
  });

  it('names reviewed entries the scan no longer reports, and entries without a reason', () => {
    const entry = reviewed('CSP_GLOBAL_CHECK', 'N/A', 'N/A');
    expect(compareWithReviewed([], [entry]).stale).toEqual([entry]);
    expect(reviewedEntryProblems([{ ...entry, reason: 'fine' }])).toEqual([
      'CSP_GLOBAL_CHECK in N/A has no reason saying why it is safe.',
    ]);
  });

  it('has a reason for every finding checked in', async () => {
    const file = JSON.parse(
      await readFile(join(import.meta.dirname, '../../../electronegativity-reviewed.json'), 'utf8'),
    );
    expect(reviewedEntryProblems(file.findings)).toEqual([]);
  });
});
