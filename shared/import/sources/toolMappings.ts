import { ownValue } from '../../ownValue';
import type { ColumnMapping } from '../fields';
import { headerKey } from './contactSources';
import { referredBy } from './genericMapping';

const ignore: ColumnMapping = { field: 'ignore' };
const note: ColumnMapping = { field: 'labelledNote' };
const phone = (label: string): ColumnMapping => ({ field: 'phone', label });

/** Outlook desktop and Outlook.com: one person per row, three address blocks, phones named by use. */
const outlookColumns: Record<string, ColumnMapping> = {
  title: { field: 'namePrefix' },
  suffix: { field: 'nameSuffix' },
  company: { field: 'organization' },
  'job title': { field: 'jobTitle' },
  'e mail address': { field: 'email' },
  'e mail 2 address': { field: 'email' },
  'e mail 3 address': { field: 'email' },
  'assistant s phone': phone('assistant'),
  'business fax': phone('work fax'),
  'business phone': phone('work'),
  'business phone 2': phone('work'),
  callback: phone('callback'),
  'car phone': phone('car'),
  'company main phone': phone('main'),
  'home fax': phone('home fax'),
  'home phone': phone('home'),
  'home phone 2': phone('home'),
  isdn: phone('ISDN'),
  'mobile phone': phone('mobile'),
  'other fax': phone('fax'),
  'other phone': phone('other'),
  pager: phone('pager'),
  'primary phone': phone('main'),
  'radio phone': phone('radio'),
  'tty tdd phone': phone('TTY/TDD'),
  categories: { field: 'tags' },
  'web page': { field: 'website' },
  'personal web page': { field: 'website' },
  'referred by': referredBy,
  'business address po box': { field: 'poBox', group: 'work' },
  'home address po box': { field: 'poBox', group: 'home' },
  'other address po box': { field: 'poBox', group: 'other' },
  'e mail type': ignore,
  'e mail display name': ignore,
  'e mail 2 type': ignore,
  'e mail 2 display name': ignore,
  'e mail 3 type': ignore,
  'e mail 3 display name': ignore,
  account: ignore,
  'billing information': ignore,
  'directory server': ignore,
  gender: ignore,
  'government id number': ignore,
  initials: ignore,
  'internet free busy': ignore,
  keywords: ignore,
  language: ignore,
  mileage: ignore,
  'organizational id number': ignore,
  priority: ignore,
  private: ignore,
  sensitivity: ignore,
  'given yomi': ignore,
  'surname yomi': ignore,
  'company yomi': ignore,
};

const linkedinColumns: Record<string, ColumnMapping> = {
  url: { field: 'linkedin' },
  'email address': { field: 'email' },
  company: { field: 'organization' },
  position: { field: 'jobTitle' },
  'connected on': note,
};

const thunderbirdColumns: Record<string, ColumnMapping> = {
  'display name': { field: 'fullName' },
  'primary email': { field: 'email' },
  'secondary email': { field: 'email' },
  'work phone': phone('work'),
  'home phone': phone('home'),
  'fax number': phone('fax'),
  'pager number': phone('pager'),
  'mobile number': phone('mobile'),
  'web page 1': { field: 'website' },
  'web page 2': { field: 'website' },
  organization: { field: 'organization' },
};

const hubspotColumns: Record<string, ColumnMapping> = {
  'record id': ignore,
  email: { field: 'email' },
  'phone number': phone('work'),
  'mobile phone number': phone('mobile'),
  'company name': { field: 'organization' },
  'associated company': { field: 'organization' },
  'website url': { field: 'website' },
  'twitter username': { field: 'x' },
  'original source': { field: 'source' },
  'lifecycle stage': note,
  'lead status': note,
  'contact owner': ignore,
  'create date': ignore,
  'last activity date': ignore,
  'last modified date': ignore,
  'marketing contact status': ignore,
};

const mailchimpTechnical =
  'member rating|optin time|optin ip|confirm ip|latitude|longitude|gmtoff|dstoff|timezone|cc|region|last changed|leid|euid|unsub campaign title|unsub campaign id|unsub reason|unsub reason other|clean time|clean campaign title|clean campaign id';

const mailchimpColumns: Record<string, ColumnMapping> = {
  'email address': { field: 'email' },
  address: { field: 'oneLineAddress' },
  'phone number': phone(''),
  tags: { field: 'tags' },
  notes: { field: 'notes' },
  'unsub time': { field: 'emailOptOut' },
  'confirm time': { field: 'emailOptIn' },
  birthday: note,
  ...Object.fromEntries(mailchimpTechnical.split('|').map((key) => [key, ignore])),
};

function byKey(columns: Record<string, ColumnMapping>) {
  return (headerCell: string): ColumnMapping | null => ownValue(columns, headerKey(headerCell)) ?? null;
}

export const outlookColumnMapping = byKey(outlookColumns);
export const linkedinColumnMapping = byKey(linkedinColumns);
export const thunderbirdColumnMapping = byKey(thunderbirdColumns);
export const hubspotColumnMapping = byKey(hubspotColumns);
export const mailchimpColumnMapping = byKey(mailchimpColumns);
