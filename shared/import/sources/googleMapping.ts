import { ownValue } from '../../ownValue';
import type { ColumnMapping } from '../fields';
import { headerKey } from './contactSources';

const ignore: ColumnMapping = { field: 'ignore' };
const note: ColumnMapping = { field: 'labelledNote' };

/** Columns with no number, current and older Google layouts alike. */
const plainColumns: Record<string, ColumnMapping> = {
  name: { field: 'fullName' },
  'first name': { field: 'givenName' },
  'given name': { field: 'givenName' },
  'middle name': { field: 'middleName' },
  'additional name': { field: 'middleName' },
  'last name': { field: 'familyName' },
  'family name': { field: 'familyName' },
  'name prefix': { field: 'namePrefix' },
  'name suffix': { field: 'nameSuffix' },
  'organization name': { field: 'organization' },
  'organization title': { field: 'jobTitle' },
  'organization department': { field: 'department' },
  notes: { field: 'notes' },
  labels: { field: 'tags' },
  'group membership': { field: 'tags' },
  nickname: { field: 'nickname' },
  'maiden name': note,
  birthday: note,
  occupation: note,
  location: note,
  language: note,
  'file as': ignore,
  photo: ignore,
  initials: ignore,
  'short name': ignore,
  gender: ignore,
  'billing information': ignore,
  'directory server': ignore,
  mileage: ignore,
  hobby: ignore,
  sensitivity: ignore,
  priority: ignore,
  subject: ignore,
};

const numbered =
  /^(e mail|phone|address|organization|website|relation|event|custom field|im|external id) (\d+) (.+)$/;

/**
 * Google numbers repeated fields: "E-mail 1 - Label" with "E-mail 1 - Value", "Address 2 - City".
 * Columns of one number form a group, so a label goes with its value. Older exports say "Type"
 * where newer ones say "Label".
 */
export function googleColumnMapping(headerCell: string): ColumnMapping | null {
  const key = headerKey(headerCell);
  if (/^(phonetic|yomi)\b|\byomi\b/.test(key)) return ignore;
  const plain = ownValue(plainColumns, key);
  if (plain) return plain;
  const match = numbered.exec(key);
  if (!match) return null;
  const [, kind = '', number = '', part = ''] = match;
  const group = `${kind} ${number}`;
  const isLabel = part === 'label' || part === 'type';
  switch (kind) {
    case 'e mail':
      return isLabel ? { field: 'emailLabel', group } : part === 'value' ? { field: 'email', group } : ignore;
    case 'phone':
      return isLabel ? { field: 'phoneLabel', group } : part === 'value' ? { field: 'phone', group } : ignore;
    case 'address':
      return addressPart(part, number);
    case 'organization':
      return organizationPart(part, number);
    case 'website':
      return part === 'value' ? { field: 'website' } : ignore;
    case 'external id':
      return ignore;
    default:
      if (part === 'service') return ignore;
      return isLabel ? { field: 'noteLabel', group } : { field: 'labelledNote', group };
  }
}

const addressParts: Record<string, ColumnMapping['field']> = {
  label: 'addressLabel',
  type: 'addressLabel',
  formatted: 'formattedAddress',
  street: 'street',
  city: 'city',
  'po box': 'poBox',
  region: 'region',
  'postal code': 'postalCode',
  country: 'country',
  'extended address': 'extendedAddress',
};

function addressPart(part: string, number: string): ColumnMapping {
  const field = addressParts[part];
  return field ? { field, group: number } : ignore;
}

function organizationPart(part: string, number: string): ColumnMapping {
  if (number !== '1') return part === 'name' || part === 'title' ? note : ignore;
  if (part === 'name') return { field: 'organization' };
  if (part === 'title') return { field: 'jobTitle' };
  if (part === 'department') return { field: 'department' };
  if (part === 'location' || part === 'job description') return note;
  return ignore;
}
