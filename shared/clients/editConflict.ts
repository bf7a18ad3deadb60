import { fieldPathLabel } from '../contacts/fieldPathLabels';
import { type ClientDetails, type ContactPerson, clientKindLabels, socialNetworks } from '../model/client';
import { personName } from './names';

/**
 * Two edits of one client that met: the details as the form loaded them (base), as the user has
 * them now (mine) and as they are stored now (stored: another window, an import fill-in). The
 * comparison is by the parts a person edits one at a time, so "merge" can take each part from
 * either side.
 */

/** The parts compared and merged one by one, as paths into ClientDetails. */
const mergeableClientFields: readonly string[] = [
  'kind',
  'organization',
  'website',
  'contacts',
  'address.lines',
  'address.city',
  'address.region',
  'address.postalCode',
  'address.country',
  ...socialNetworks.map((network) => `social.${network}`),
  'source.channel',
  'source.detail',
  'preferredContact',
  'permissions.email',
  'permissions.post',
  'doNotContact',
  'verifiedOn',
  'tags',
  'notes',
];

export type FieldChoice = 'mine' | 'stored';

interface FieldDifference {
  path: string;
  label: string;
  /** The value in words, on each side. */
  mine: string;
  stored: string;
  /** Whether the user changed it, and whether it changed underneath since the form loaded. */
  changedByMe: boolean;
  changedUnderneath: boolean;
}

export interface EditComparison {
  /** Parts where the user's version and the stored one differ. */
  differences: FieldDifference[];
  /** True when the stored details changed since the form loaded them: the user must see this. */
  changedUnderneath: boolean;
}

function valueAt(details: ClientDetails, path: string): unknown {
  let value: unknown = details;
  for (const key of path.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  // An absent social profile and an empty one read the same to a person.
  return value ?? '';
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function personText(person: ContactPerson): string {
  const contacts = [...person.emails, ...person.phones].map((item) => item.value).filter(Boolean);
  const name = personName(person) || '(no name)';
  const title = person.jobTitle ? `, ${person.jobTitle}` : '';
  return `${name}${title}${contacts.length > 0 ? ` (${contacts.join(', ')})` : ''}`;
}

/** A value as the dialog shows it. */
function fieldValueText(path: string, value: unknown): string {
  if (path === 'kind') return clientKindLabels[value as ClientDetails['kind']] ?? String(value);
  if (path === 'contacts') {
    const people = value as ContactPerson[];
    return people.length > 0 ? people.map(personText).join('; ') : '(nobody)';
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '(empty)';
  return value === '' ? '(empty)' : String(value);
}

function fieldLabel(path: string): string {
  if (path === 'kind') return 'Kind of client';
  if (path === 'contacts') return 'People';
  return fieldPathLabel(path);
}

export function compareEdits(
  base: ClientDetails,
  mine: ClientDetails,
  stored: ClientDetails,
): EditComparison {
  const differences: FieldDifference[] = [];
  let changedUnderneath = false;
  for (const path of mergeableClientFields) {
    const baseValue = valueAt(base, path);
    const mineValue = valueAt(mine, path);
    const storedValue = valueAt(stored, path);
    const underneath = !sameValue(baseValue, storedValue);
    if (underneath) changedUnderneath = true;
    if (sameValue(mineValue, storedValue)) continue;
    differences.push({
      path,
      label: fieldLabel(path),
      mine: fieldValueText(path, mineValue),
      stored: fieldValueText(path, storedValue),
      changedByMe: !sameValue(baseValue, mineValue),
      changedUnderneath: underneath,
    });
  }
  return { differences, changedUnderneath };
}

/**
 * The merge that loses nothing either side did: a part only the other side changed comes from
 * the stored version, every other part from the user's. Parts both changed keep the user's until
 * they choose.
 */
export function suggestedChoices(comparison: EditComparison): Record<string, FieldChoice> {
  const choices: Record<string, FieldChoice> = {};
  for (const difference of comparison.differences) {
    choices[difference.path] = difference.changedUnderneath && !difference.changedByMe ? 'stored' : 'mine';
  }
  return choices;
}

/** The user's details with each part chosen as 'stored' taken from the stored details. */
export function mergeEdits(
  mine: ClientDetails,
  stored: ClientDetails,
  choices: Readonly<Record<string, FieldChoice>>,
): ClientDetails {
  const merged = structuredClone(mine);
  for (const [path, choice] of Object.entries(choices)) {
    if (choice !== 'stored' || !mergeableClientFields.includes(path)) continue;
    const keys = path.split('.');
    const last = keys.pop() as string;
    let target = merged as unknown as Record<string, unknown>;
    let source = stored as unknown as Record<string, unknown>;
    for (const key of keys) {
      target = target[key] as Record<string, unknown>;
      source = source[key] as Record<string, unknown>;
    }
    if (source[last] === undefined) delete target[last];
    else target[last] = structuredClone(source[last]);
  }
  return merged;
}
