import { clientCsvColumns } from '../../export/clientCsvColumns';
import { ownValue } from '../../ownValue';
import type { ColumnMapping, ImportFieldId } from '../fields';
import { headerKey } from './contactSources';

const plainFields: [keyof typeof clientCsvColumns, ImportFieldId][] = [
  ['kind', 'kind'],
  ['organization', 'organization'],
  ['department', 'department'],
  ['website', 'website'],
  ['city', 'city'],
  ['region', 'region'],
  ['postalCode', 'postalCode'],
  ['country', 'country'],
  ['linkedin', 'linkedin'],
  ['x', 'x'],
  ['facebook', 'facebook'],
  ['instagram', 'instagram'],
  ['source', 'source'],
  ['sourceDetail', 'sourceDetail'],
  ['preferredContact', 'preferredContact'],
  ['emailAllowed', 'emailAllowed'],
  ['postAllowed', 'postAllowed'],
  ['doNotContact', 'doNotContact'],
  ['verifiedOn', 'verifiedOn'],
  ['tags', 'tagLines'],
  ['notes', 'notes'],
  // Figures derived from projects: the projects themselves are what counts.
  ['projects', 'ignore'],
  ['completedProjects', 'ignore'],
  ['lastProject', 'ignore'],
];

const plainColumns = new Map(
  plainFields.map(([column, field]) => [headerKey(clientCsvColumns[column]), field]),
);

const personPattern =
  /^contact (\d+) (given name|family name|name prefix|middle name|name suffix|nickname|job title|email|phone)(?: (\d+))?( label)?$/;
const personFields: Record<string, ImportFieldId> = {
  'given name': 'givenName',
  'family name': 'familyName',
  'name prefix': 'namePrefix',
  'middle name': 'middleName',
  'name suffix': 'nameSuffix',
  nickname: 'nickname',
  'job title': 'jobTitle',
};

/** Reads the column names written by shared/export/clientsCsv. */
export function clienteleColumnMapping(headerCell: string): ColumnMapping | null {
  const key = headerKey(headerCell);
  const plain = plainColumns.get(key);
  if (plain) return { field: plain };
  if (/^street line \d+$/.test(key)) return { field: 'street' };
  const match = personPattern.exec(key);
  if (!match) return null;
  const [, personNumber = '1', part = '', index, isLabel] = match;
  const person = Number(personNumber) - 1;
  const simple = ownValue(personFields, part);
  if (simple) return { field: simple, person };
  if (index === undefined) return null;
  const group = `${part} ${index}`;
  if (part === 'email') return { field: isLabel ? 'emailLabel' : 'email', person, group };
  return { field: isLabel ? 'phoneLabel' : 'phone', person, group };
}
