import type { SocialNetwork } from '../model/client';

/** A value read from the file, with the column (or vCard property) it came from for problems. */
export interface SourcedValue {
  value: string;
  label: string;
  field: string;
}

export interface PersonDraft {
  fullName: string;
  givenName: string;
  middleName: string;
  familyName: string;
  prefix: string;
  suffix: string;
  nickname: string;
  jobTitle: string;
  emails: SourcedValue[];
  phones: SourcedValue[];
}

export interface AddressDraft {
  /** Which address of the row this is ("work", "home", "1"...). */
  key: string;
  label: string;
  street: string[];
  extended: string;
  poBox: string;
  city: string;
  region: string;
  postalCode: string;
  country: SourcedValue | null;
  /** A whole address in one text, used when the parts are empty. */
  formatted: string;
  oneLine: string;
}

/**
 * Everything read from one CSV row or one vCard, before it is checked and tidied into client
 * details. CSV and vCard readers fill it; finishContact turns it into a client or a problem.
 */
export interface ContactDraft {
  row: number;
  people: PersonDraft[];
  organization: string;
  department: string;
  websites: SourcedValue[];
  social: Partial<Record<SocialNetwork, SourcedValue>>;
  addresses: AddressDraft[];
  kind: SourcedValue | null;
  tags: string[];
  notes: string[];
  /** "Column: value" lines for the notes, from columns sent to the notes. */
  labelledNotes: string[];
  source: string;
  sourceDetail: string;
  /** The source channel column; its label is the channel a column implies ("Referred by": referral). */
  marketingChannel: SourcedValue | null;
  marketingActivity: SourcedValue | null;
  preferredContact: SourcedValue | null;
  emailAllowed: SourcedValue | null;
  postAllowed: SourcedValue | null;
  emailOptOut: boolean;
  /** A subscription date (Mailchimp's confirm time): the person said yes to email. */
  emailOptIn: boolean;
  doNotContact: SourcedValue | null;
  verifiedOn: SourcedValue | null;
}

export function newContactDraft(row: number): ContactDraft {
  return {
    row,
    people: [],
    organization: '',
    department: '',
    websites: [],
    social: {},
    addresses: [],
    kind: null,
    tags: [],
    notes: [],
    labelledNotes: [],
    source: '',
    sourceDetail: '',
    marketingChannel: null,
    marketingActivity: null,
    preferredContact: null,
    emailAllowed: null,
    postAllowed: null,
    emailOptOut: false,
    emailOptIn: false,
    doNotContact: null,
    verifiedOn: null,
  };
}

export function personAt(draft: ContactDraft, index: number): PersonDraft {
  while (draft.people.length <= index) {
    draft.people.push({
      fullName: '',
      givenName: '',
      middleName: '',
      familyName: '',
      prefix: '',
      suffix: '',
      nickname: '',
      jobTitle: '',
      emails: [],
      phones: [],
    });
  }
  return draft.people[index] as PersonDraft;
}

export function addressAt(draft: ContactDraft, key: string): AddressDraft {
  let address = draft.addresses.find((candidate) => candidate.key === key);
  if (!address) {
    address = {
      key,
      label: '',
      street: [],
      extended: '',
      poBox: '',
      city: '',
      region: '',
      postalCode: '',
      country: null,
      formatted: '',
      oneLine: '',
    };
    draft.addresses.push(address);
  }
  return address;
}
