import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataAccessProblems, tableNamesOf } from '../../../scripts/dataAccessRules.mjs';

const tables = ['clients', 'projects', 'pricingScenarios'];

describe('the feature data-access rule', () => {
  it('finds every table of the real database class', async () => {
    const source = await readFile(join(import.meta.dirname, '../../../renderer/src/db/database.ts'), 'utf8');
    expect(tableNamesOf(source)).toEqual(expect.arrayContaining(['clients', 'projects', 'homeDismissals']));
  });

  it('refuses Dexie imports and the database class, with the line', () => {
    const source = [
      "import { useLiveQuery } from 'dexie-react-hooks';",
      "import Dexie from 'dexie';",
      "import type { ClienteleDatabase } from '../../db/database';",
    ].join('\n');
    expect(dataAccessProblems(source, tables).map((problem) => problem.line)).toEqual([1, 2, 3]);
  });

  it('refuses direct table reads and writes', () => {
    const source = [
      'const client = await db.clients.get(id);',
      'await db().pricingScenarios.put(scenario);',
      "const rows = database.table('projects');",
    ].join('\n');
    expect(dataAccessProblems(source, tables)).toHaveLength(3);
  });

  it('lets features use named hooks and operations from db/', () => {
    const source = [
      "import { useClient } from '../../db/hooks/clientHooks';",
      "import { deleteClient } from '../../db/clientsRepository';",
      'const client = useClient(id);',
      'await deleteClient(db, client.id);',
      'const clients = list.clients.length;',
    ].join('\n');
    expect(dataAccessProblems(source, tables)).toEqual([]);
  });
});
