/**
 * What a column of a contacts spreadsheet can become. The preview offers these per column; a
 * mapping (one ColumnMapping per column) is plain data, so it can be saved as a preset.
 */
const importFieldIds = [
  'ignore',
  'labelledNote',
  'noteLabel',
  'fullName',
  'givenName',
  'middleName',
  'familyName',
  'namePrefix',
  'nameSuffix',
  'nickname',
  'jobTitle',
  'email',
  'emailLabel',
  'phone',
  'phoneLabel',
  'organization',
  'department',
  'street',
  'extendedAddress',
  'poBox',
  'city',
  'region',
  'postalCode',
  'country',
  'formattedAddress',
  'oneLineAddress',
  'addressLabel',
  'website',
  'linkedin',
  'x',
  'facebook',
  'instagram',
  'kind',
  'tags',
  'tagLines',
  'notes',
  'source',
  'sourceDetail',
  'marketingChannel',
  'marketingActivity',
  'preferredContact',
  'emailAllowed',
  'postAllowed',
  'emailOptOut',
  'emailOptIn',
  'doNotContact',
  'verifiedOn',
] as const;
export type ImportFieldId = (typeof importFieldIds)[number];

type ImportFieldSection = 'Skip or keep' | 'Person' | 'Organization' | 'Address' | 'Web' | 'Client';

export interface ImportField {
  id: ImportFieldId;
  label: string;
  section: ImportFieldSection;
  /** Belongs to one person of the client: the mapping says which (person 0 is the first). */
  perPerson: boolean;
}

const field = (id: ImportFieldId, label: string, section: ImportFieldSection, perPerson = false) => ({
  id,
  label,
  section,
  perPerson,
});

/** The catalogue the mapping step offers, in the order it shows them. */
export const importFields: readonly ImportField[] = [
  field('ignore', 'Do not import', 'Skip or keep'),
  field('labelledNote', 'Add to notes, with the column name', 'Skip or keep'),
  field('noteLabel', 'Name for the note beside it (e.g. "Custom field 1 - Label")', 'Skip or keep'),
  field('fullName', 'Full name', 'Person', true),
  field('givenName', 'First name', 'Person', true),
  field('middleName', 'Middle name', 'Person', true),
  field('familyName', 'Last name', 'Person', true),
  field('namePrefix', 'Name prefix (Dr., Ms.)', 'Person', true),
  field('nameSuffix', 'Name suffix (Jr., PhD)', 'Person', true),
  field('nickname', 'Nickname', 'Person', true),
  field('jobTitle', 'Job title', 'Person', true),
  field('email', 'Email', 'Person', true),
  field('emailLabel', 'Email label (work, home)', 'Person', true),
  field('phone', 'Phone', 'Person', true),
  field('phoneLabel', 'Phone label (mobile, work)', 'Person', true),
  field('organization', 'Organization', 'Organization'),
  field('department', 'Department', 'Organization'),
  field('street', 'Street', 'Address'),
  field('extendedAddress', 'Address line 2 (building, floor)', 'Address'),
  field('poBox', 'PO box', 'Address'),
  field('city', 'City', 'Address'),
  field('region', 'State, region or county', 'Address'),
  field('postalCode', 'Postal code', 'Address'),
  field('country', 'Country', 'Address'),
  field('formattedAddress', 'Whole address, on several lines', 'Address'),
  field('oneLineAddress', 'Whole address, on one line', 'Address'),
  field('addressLabel', 'Address label (work, home)', 'Address'),
  field('website', 'Website', 'Web'),
  field('linkedin', 'LinkedIn profile', 'Web'),
  field('x', 'X (Twitter)', 'Web'),
  field('facebook', 'Facebook', 'Web'),
  field('instagram', 'Instagram', 'Web'),
  field('kind', 'Client kind (business, government, consumer)', 'Client'),
  field('tags', 'Tags or groups (separated by commas)', 'Client'),
  field('tagLines', 'Tags, one per line', 'Client'),
  field('notes', 'Notes', 'Client'),
  field('source', 'How they found you', 'Client'),
  field('sourceDetail', 'How they found you, in detail', 'Client'),
  field('marketingChannel', 'Source channel (Referral, LinkedIn, Newsletter…)', 'Client'),
  field('marketingActivity', 'Marketing activity or campaign', 'Client'),
  field('preferredContact', 'Preferred way to contact', 'Client'),
  field('emailAllowed', 'Email allowed (yes/no)', 'Client'),
  field('postAllowed', 'Post allowed (yes/no)', 'Client'),
  field('emailOptOut', 'Unsubscribed from email (any value means yes)', 'Client'),
  field('emailOptIn', 'Subscribed to email (any value means yes)', 'Client'),
  field('doNotContact', 'Do not contact (yes/no)', 'Client'),
  field('verifiedOn', 'Details verified on (YYYY-MM-DD)', 'Client'),
];

/** What one column becomes. */
export interface ColumnMapping {
  field: ImportFieldId;
  /** For person fields: which person on the client, 0 for the first. */
  person?: number;
  /**
   * Ties columns that describe one thing: an email's value and label, the parts of one address
   * ("home", "work", "1"), or a note's label and value.
   */
  group?: string;
  /** A label the column implies: "mobile" for Outlook's "Mobile Phone", "work" for its business address. */
  label?: string;
}

export const ignoreColumn: ColumnMapping = { field: 'ignore' };
export const noteColumn: ColumnMapping = { field: 'labelledNote' };

export function isImportFieldId(value: unknown): value is ImportFieldId {
  return typeof value === 'string' && (importFieldIds as readonly string[]).includes(value);
}
