/**
 * `npm run lint:electron`: runs electronegativity over electron/ for the installed Electron and
 * fails when it reports a finding not reviewed in electronegativity-reviewed.json. It runs
 * offline: the one check that downloads Electron's release list is skipped (the version is
 * pinned in package.json and updated on purpose), and the translations it tries to fetch fall
 * back to English.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compareWithReviewed, parseFindingsCsv, reviewedEntryProblems } from './electronegativityReview.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const reviewedPath = join(root, 'electronegativity-reviewed.json');

const folder = await mkdtemp(join(tmpdir(), 'clientele-electronegativity-'));
try {
  const output = join(folder, 'findings.csv');
  const args = ['-i', 'electron', '-e', electronVersion, '-r', '-v', 'false'];
  args.push('-x', 'AvailableSecurityFixesGlobalCheck', '-o', output);
  await promisify(execFile)(process.execPath, [cli, ...args], { cwd: root });
  const findings = parseFindingsCsv(await readFile(output, 'utf8'));
  const reviewed = JSON.parse(await readFile(reviewedPath, 'utf8')).findings;
  const problems = reviewedEntryProblems(reviewed);
  const { unreviewed, stale } = compareWithReviewed(findings, reviewed);
  for (const entry of stale)
    console.warn(
      `Reviewed but no longer reported (remove it): ${entry.check} in ${entry.file}: ${entry.sample}`,
    );
  for (const finding of unreviewed)
    problems.push(
      `New finding ${finding.check} at electron/${finding.file}:${finding.location}: ${finding.sample}`,
    );
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(
      'Fix the code, or if it is safe add the finding to electronegativity-reviewed.json with the reason.',
    );
    process.exitCode = 1;
  } else {
    console.log(
      `electronegativity (Electron ${electronVersion}): ${findings.length} findings, all reviewed.`,
    );
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
