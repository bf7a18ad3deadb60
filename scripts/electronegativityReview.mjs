/**
 * Compares electronegativity's findings with the reviewed ones in electronegativity-reviewed.json.
 * A finding is known by its check, file and source line (not its line number, which moves with
 * every edit above it), so a reviewed finding stays reviewed until its code changes.
 */

/** Splits one CSV line as electronegativity writes it: fields quoted or bare, "" inside quotes. */
function csvFields(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let position = 0; position < line.length; position += 1) {
    const char = line[position];
    if (quoted) {
      if (char === '"' && line[position + 1] === '"') {
        field += '"';
        position += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The findings in electronegativity's CSV output: check, file, location and source line. */
export function parseFindingsCsv(text) {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [check = '', , , file = '', location = '', sample = ''] = csvFields(line);
      return { check: check.trim(), file: file.trim(), location: location.trim(), sample: sample.trim() };
    });
}

const keyOf = (finding) => `${finding.check}\u0000${finding.file}\u0000${finding.sample}`;

/**
 * Findings nobody has reviewed yet, and reviewed entries the scan no longer reports (their code
 * changed or went away, so the review no longer says anything).
 */
export function compareWithReviewed(findings, reviewed) {
  const open = new Map();
  for (const entry of reviewed) open.set(keyOf(entry), (open.get(keyOf(entry)) ?? 0) + 1);
  const unreviewed = [];
  for (const finding of findings) {
    const left = open.get(keyOf(finding)) ?? 0;
    if (left > 0) open.set(keyOf(finding), left - 1);
    else unreviewed.push(finding);
  }
  const stale = reviewed.filter((entry) => {
    const left = open.get(keyOf(entry)) ?? 0;
    if (left === 0) return false;
    open.set(keyOf(entry), left - 1);
    return true;
  });
  return { unreviewed, stale };
}

/** Reviewed entries must each say why the finding is safe. */
export function reviewedEntryProblems(reviewed) {
  return reviewed
    .filter((entry) => typeof entry.reason !== 'string' || entry.reason.trim().length < 20)
    .map((entry) => `${entry.check} in ${entry.file} has no reason saying why it is safe.`);
}
