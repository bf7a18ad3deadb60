import { foldForMatching } from '../../text/normalize';

/** The tools whose exports are recognised by their header, plus vCard and any other spreadsheet. */
export const contactSources = [
  'google',
  'google-legacy',
  'outlook',
  'outlook-com',
  'linkedin',
  'thunderbird',
  'hubspot',
  'mailchimp',
  'clientele',
  'generic',
  'vcard',
] as const;
export type ContactSource = (typeof contactSources)[number];
export type CsvContactSource = Exclude<ContactSource, 'vcard'>;

export const contactSourceLabels: Record<ContactSource, string> = {
  google: 'Google Contacts',
  'google-legacy': 'Google Contacts (older layout)',
  outlook: 'Outlook (desktop)',
  'outlook-com': 'Outlook.com',
  linkedin: 'LinkedIn connections',
  thunderbird: 'Thunderbird',
  hubspot: 'HubSpot',
  mailchimp: 'Mailchimp',
  clientele: 'Clientele export',
  generic: 'Other spreadsheet',
  vcard: 'vCard',
};

/** Short names for the batch tag: "Imported from LinkedIn 2026-11". */
const shortNames: Record<ContactSource, string> = {
  google: 'Google',
  'google-legacy': 'Google',
  outlook: 'Outlook',
  'outlook-com': 'Outlook.com',
  linkedin: 'LinkedIn',
  thunderbird: 'Thunderbird',
  hubspot: 'HubSpot',
  mailchimp: 'Mailchimp',
  clientele: 'Clientele',
  generic: 'a spreadsheet',
  vcard: 'vCard',
};

/** The tag the preview suggests for a batch, from the source and today's ISO date. */
export function suggestedBatchTag(source: ContactSource, todayIso: string): string {
  return `Imported from ${shortNames[source]} ${todayIso.slice(0, 7)}`;
}

/** Header cells compared without case, spaces or punctuation. */
export function headerKey(cell: string): string {
  return foldForMatching(cell)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Signature {
  source: CsvContactSource;
  /** All of these columns are present. */
  all: string[];
  /** And at least one of these, when given. */
  any?: string[];
}

// Checked in order: the more specific layouts come before those they resemble.
const signatures: Signature[] = [
  { source: 'clientele', all: ['kind', 'organization', 'contact 1 given name'] },
  { source: 'linkedin', all: ['first name', 'last name', 'connected on'] },
  {
    source: 'mailchimp',
    all: ['email address'],
    any: ['member rating', 'optin time', 'leid', 'euid', 'last changed'],
  },
  {
    source: 'hubspot',
    all: ['record id'],
    any: ['lifecycle stage', 'contact owner', 'lead status', 'create date'],
  },
  {
    source: 'thunderbird',
    all: ['primary email', 'display name'],
    any: ['secondary email', 'work zipcode', 'home zipcode'],
  },
  {
    source: 'outlook-com',
    all: ['e mail address'],
    any: ['given yomi', 'surname yomi', 'company yomi', 'imaddress'],
  },
  {
    source: 'outlook',
    all: ['e mail address', 'first name', 'last name'],
    any: ['business street', 'home street', 'e mail display name'],
  },
  {
    source: 'google',
    all: ['first name', 'last name'],
    any: ['labels', 'organization name', 'file as', 'e mail 1 value', 'phone 1 value'],
  },
  {
    source: 'google-legacy',
    all: ['given name', 'family name'],
    any: ['group membership', 'e mail 1 type', 'phone 1 type', 'additional name'],
  },
];

/** Which tool wrote the file, from its header row; 'generic' when none is recognised. */
export function detectCsvSource(header: readonly string[]): CsvContactSource {
  const keys = new Set(header.map(headerKey));
  for (const signature of signatures) {
    const hasAll = signature.all.every((key) => keys.has(key));
    const hasAny = !signature.any || signature.any.some((key) => keys.has(key));
    if (hasAll && hasAny) return signature.source;
  }
  return 'generic';
}
