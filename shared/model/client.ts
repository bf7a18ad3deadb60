/** The kinds of client a freelancer works for. */
export const clientKinds = ['b2b', 'b2g', 'b2c'] as const;
export type ClientKind = (typeof clientKinds)[number];

export const clientKindLabels: Record<ClientKind, string> = {
  b2b: 'Business (B2B)',
  b2g: 'Government (B2G)',
  b2c: 'Consumer (B2C)',
};

/** How the client found the freelancer. */
export const acquisitionChannels = [
  'referral',
  'website',
  'social',
  'event',
  'newsletter',
  'advertising',
  'other',
] as const;
export type AcquisitionChannel = (typeof acquisitionChannels)[number];

export const acquisitionChannelLabels: Record<AcquisitionChannel, string> = {
  referral: 'Referral',
  website: 'Website',
  social: 'Social media',
  event: 'Event or talk',
  newsletter: 'Newsletter',
  advertising: 'Advertising',
  other: 'Other',
};

export const contactMethods = ['email', 'phone', 'text', 'post', 'social'] as const;
export type ContactMethod = (typeof contactMethods)[number];

export const contactMethodLabels: Record<ContactMethod, string> = {
  email: 'Email',
  phone: 'Phone',
  text: 'Text message',
  post: 'Post',
  social: 'Social media',
};

export const socialNetworks = ['linkedin', 'x', 'facebook', 'instagram'] as const;
export type SocialNetwork = (typeof socialNetworks)[number];

export const socialNetworkLabels: Record<SocialNetwork, string> = {
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

/** An email address or phone number with a free label such as "work" or "mobile". */
export interface LabeledValue {
  label: string;
  value: string;
}

/** A person to contact at the client. For a B2C client the first person is the client. */
export interface ContactPerson {
  id: string;
  givenName: string;
  familyName: string;
  /** Name parts kept apart since schema version 7; absent on older records, read as ''. */
  prefix?: string;
  /** Middle names, separated by spaces. */
  middleName?: string;
  suffix?: string;
  nickname?: string;
  jobTitle: string;
  emails: LabeledValue[];
  phones: LabeledValue[];
}

export interface PostalAddress {
  /** Street lines, first to last. */
  lines: string[];
  city: string;
  /** Region, state, province or county. */
  region: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2 code, upper case, or '' when unknown. */
  country: string;
}

export interface ClientSource {
  channel: AcquisitionChannel | '';
  /** Free text, e.g. "referred by Ana Ruiz". */
  detail: string;
}

/**
 * Whether the client agreed to be contacted this way. 'unknown' (an imported contact whose file
 * did not say) means "ask first": nothing is sent until the user records a yes.
 */
export type Permission = boolean | 'unknown';

export interface ContactPermissions {
  email: Permission;
  post: Permission;
}

/** What the user edits about a client. */
export interface ClientDetails {
  kind: ClientKind;
  /** Organization name for B2B and B2G clients; '' for B2C. */
  organization: string;
  /** The department or unit at the organization (vCard ORG units, Outlook "Department"). */
  department?: string;
  website: string;
  contacts: ContactPerson[];
  address: PostalAddress;
  social: Partial<Record<SocialNetwork, string>>;
  source: ClientSource;
  preferredContact: ContactMethod | '';
  permissions: ContactPermissions;
  doNotContact: boolean;
  /** ISO date (YYYY-MM-DD) the details were last checked, or ''. */
  verifiedOn: string;
  tags: string[];
  notes: string;
}

/** Figures derived from a client's projects, kept on the client so lists can sort by them. */
export interface ClientProjectSummary {
  projectCount: number;
  completedProjectCount: number;
  /** Projects under way: a client with one is not lapsed, however long the project runs. */
  activeProjectCount: number;
  /** Leads: quoted, not yet won. Absent on clients saved before it was counted. */
  quotedProjectCount?: number;
  /** ISO date of the first and last project that went ahead, or ''. */
  firstProjectDate: string;
  lastProjectDate: string;
  /** What the "Total billed" sort orders by, in home-currency minor units (see billedSortKey). */
  totalBilledMinor: number;
  /** Sum of completed projects per currency, in minor units. */
  billedByCurrency: Record<string, number>;
}

export interface Client extends ClientDetails, ClientProjectSummary {
  id: string;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
  /** Local date (YYYY-MM-DD) of the latest touch that counts as contact; absent when none. */
  lastContactedOn?: string;
  /** The import batch that created the client, if any. */
  importBatchId?: string;
  /** Precomputed keys: the name the list sorts by, and the words search matches by prefix. */
  sortName: string;
  searchWords: string[];
  /** Normalised emails, phones, name + organization, LinkedIn URL: for finding duplicates. */
  matchKeys: string[];
}

export function emptyAddress(): PostalAddress {
  return { lines: [], city: '', region: '', postalCode: '', country: '' };
}
