/**
 * The rule that keeps renderer/src/features/ off Dexie: components and feature hooks read and
 * write through the named hooks and operations in renderer/src/db/, never a table directly.
 */

/** Table names declared on ClienteleDatabase (`name!: Table<…>`) in database.ts's source. */
export function tableNamesOf(databaseSource) {
  return [...databaseSource.matchAll(/^\s+(\w+)!: (?:Entity)?Table</gm)].map((match) => match[1]);
}

const forbiddenModule = /^(dexie|dexie-.+|.*\/db\/database)$/;

/** What in one feature file reaches past db/'s named operations, with the line of each. */
export function dataAccessProblems(source, tableNames) {
  const tableAccess = new RegExp(
    `\\b(?:db|database)(?:\\(\\))?\\.(?:${tableNames.join('|')})\\b|\\.table\\(`,
  );
  const problems = [];
  source.split('\n').forEach((line, index) => {
    const imported = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/.exec(line);
    const module = imported?.[1] ?? imported?.[2];
    if (module && forbiddenModule.test(module))
      problems.push({
        line: index + 1,
        message: `imports ${module}: read through a named hook in renderer/src/db/`,
      });
    else if (tableAccess.test(line))
      problems.push({
        line: index + 1,
        message: `reads a table directly: add a named read to renderer/src/db/`,
      });
  });
  return problems;
}
