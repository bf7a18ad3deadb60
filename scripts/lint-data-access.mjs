/**
 * `npm run lint:data`: fails when a file in renderer/src/features/ imports Dexie or the
 * database class, or reads a table directly (`db.clients…`). Biome refuses the imports as you
 * type; this also catches table reads, which no import rule can see.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { dataAccessProblems, tableNamesOf } from './dataAccessRules.mjs';

const root = join(import.meta.dirname, '..');
const features = join(root, 'renderer/src/features');
const tableNames = tableNamesOf(await readFile(join(root, 'renderer/src/db/database.ts'), 'utf8'));

const files = (await readdir(features, { recursive: true }))
  .filter((name) => /\.(ts|tsx)$/.test(name))
  .map((name) => join(features, name));
let count = 0;
for (const file of files) {
  for (const problem of dataAccessProblems(await readFile(file, 'utf8'), tableNames)) {
    console.error(`${relative(root, file)}:${problem.line}: ${problem.message}`);
    count += 1;
  }
}
if (count > 0) {
  console.error(
    `${count} direct database access(es) in renderer/src/features/ (see docs/architecture.md, Data).`,
  );
  process.exit(1);
}
console.log(`Data access: ${files.length} feature files read through renderer/src/db/ only.`);
