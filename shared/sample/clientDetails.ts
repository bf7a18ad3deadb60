import type {
  AcquisitionChannel,
  ClientDetails,
  ClientKind,
  ClientSource,
  ContactMethod,
  ContactPerson,
  PostalAddress,
} from '../model/client';
import { generateAddress } from './addresses';
import { generateOrganization, type SampleOrganization } from './organizations';
import {
  drawJobTitle,
  drawPersonName,
  drawUniquePersonName,
  generateContact,
  type SamplePersonName,
} from './people';
import type { SampleRandom } from './prng';
import type { CountryProfile } from './tables';
import { lines, list } from './tables/countryProfile';

/** The tags sample clients carry. */
export const sampleTags = list(
  'vip, newsletter, workshop, retainer, nonprofit, holiday-card, partner, late-payer',
);

export interface ClientDetailsInput {
  country: CountryProfile;
  kind: ClientKind;
  /** ISO date the details were last checked, or ''. */
  verifiedOn: string;
  /** What the client's projects say about them, for tags. */
  serviceNames: ReadonlySet<string>;
  completedProjectCount: number;
  /** Names already used, so the book does not look full of duplicates. */
  takenPeople: Set<string>;
  takenOrganizations: Set<string>;
}

const contactCountWeights: Record<ClientKind, number[]> = {
  b2b: [60, 30, 10],
  b2g: [65, 30, 5],
  b2c: [90, 10],
};
const channels: readonly (AcquisitionChannel | '')[] = [
  'referral',
  'website',
  'social',
  'event',
  'newsletter',
  'advertising',
  'other',
  '',
];
const channelWeights = [30, 20, 14, 10, 7, 6, 5, 8];
const sourceDetails: Record<AcquisitionChannel, readonly string[]> = {
  referral: [],
  website: ['Contact form', 'Found the portfolio page', ''],
  social: ['LinkedIn post', 'Instagram', 'A LinkedIn message', ''],
  event: list(`Met at a local business breakfast, Met at a design meetup, Met after a conference talk,
    Met at a trade fair, Met at a chamber of commerce mixer`),
  newsletter: ['Read the newsletter for a year first', ''],
  advertising: ['Search ad', 'Local magazine ad', 'Podcast sponsorship'],
  other: ['Cold email', 'Found me in a directory', 'Walked into the studio'],
};
const clientNotes = lines(`
  Prefers calls before noon.
  Invoices go to the finance team, not to the contact.
  Slow to approve designs; build in a buffer.
  Happy to be a reference for new clients.
  Prefers a phone call to long emails.
  Closed in August.
  Needs quotes as PDF with a purchase order number.`);

/** Everything the user would have typed about a client, already in normalised form. */
export function generateClientDetails(random: SampleRandom, input: ClientDetailsInput): ClientDetails {
  const { country, kind } = input;
  const { address, city } = generateAddress(random, country, kind);
  const organization =
    kind === 'b2c' ? null : generateOrganization(random, country, kind, city, input.takenOrganizations);
  // Some small businesses run on a personal mailbox rather than their own domain.
  const workDomain = organization && !(kind === 'b2b' && random.chance(0.1)) ? organization.domain : '';

  const contactCount = 1 + random.weighted(contactCountWeights[kind]);
  const names: SamplePersonName[] = [];
  const contacts: ContactPerson[] = [];
  for (let index = 0; index < contactCount; index += 1) {
    let name = drawUniquePersonName(random, country, input.takenPeople, organization?.name ?? '');
    const partnerOf = names[0];
    if (kind === 'b2c' && partnerOf && random.chance(0.5)) {
      name = { ...name, familyName: partnerOf.familyName, emailFamily: partnerOf.emailFamily };
    }
    names.push(name);
    const jobTitle = drawJobTitle(random, kind, organization?.nonprofit ?? false);
    contacts.push(generateContact(random, { country, city, kind, name, jobTitle, workDomain }));
  }

  const doNotContact = random.chance(0.03);
  const permissions = doNotContact
    ? { email: false, post: false }
    : { email: random.chance(0.92), post: random.chance(0.88) };
  const social = socialLinks(random, kind, organization, names[0] as SamplePersonName);
  const source = drawSource(random, country);
  return {
    kind,
    organization: organization?.name ?? '',
    website: websiteOf(random, kind, organization, workDomain, names[0] as SamplePersonName),
    contacts,
    address,
    social,
    source,
    preferredContact: doNotContact ? '' : preferredContact(random, contacts, address, permissions, social),
    permissions,
    doNotContact,
    verifiedOn: input.verifiedOn,
    tags: drawTags(random, input, organization, permissions, address, source, doNotContact),
    notes: doNotContact ? 'Asked not to be contacted about anything but open projects.' : drawNote(random),
  };
}

function websiteOf(
  random: SampleRandom,
  kind: ClientKind,
  organization: SampleOrganization | null,
  workDomain: string,
  person: SamplePersonName,
): string {
  if (!organization)
    return random.chance(0.05) ? `https://${person.emailGiven}${person.emailFamily}.com/` : '';
  const share = kind === 'b2g' ? 0.95 : workDomain === '' ? 0.3 : 0.8;
  return random.chance(share) ? `https://www.${organization.domain}/` : '';
}

function socialLinks(
  random: SampleRandom,
  kind: ClientKind,
  organization: SampleOrganization | null,
  person: SamplePersonName,
): ClientDetails['social'] {
  // Filled in the order normalizeClientDetails lists networks, so details compare equal after it.
  const social: ClientDetails['social'] = {};
  if (!organization) {
    if (random.chance(0.25)) {
      const handle = `${person.emailGiven}-${person.emailFamily}-${random.uuid().slice(0, 6)}`;
      social.linkedin = `https://www.linkedin.com/in/${handle}`;
    }
    if (random.chance(0.06)) social.x = `https://x.com/${person.emailGiven}${person.emailFamily}`;
    if (random.chance(0.12)) {
      social.instagram = `https://www.instagram.com/${person.emailGiven}.${person.emailFamily}/`;
    }
    return social;
  }
  const handle = organization.domain.slice(0, organization.domain.indexOf('.'));
  if (random.chance(kind === 'b2g' ? 0.25 : 0.35)) {
    social.linkedin = `https://www.linkedin.com/company/${handle}`;
  }
  if (kind === 'b2g') {
    if (random.chance(0.2)) social.x = `https://x.com/${handle.replace(/-/g, '')}`;
    return social;
  }
  if (random.chance(0.1)) social.facebook = `https://www.facebook.com/${handle}`;
  if (random.chance(0.2)) social.instagram = `https://www.instagram.com/${handle.replace(/-/g, '')}/`;
  return social;
}

function drawSource(random: SampleRandom, country: CountryProfile): ClientSource {
  const channel = channels[random.weighted(channelWeights)] ?? '';
  if (channel === '') return { channel, detail: '' };
  if (channel === 'referral') {
    if (random.chance(0.15)) return { channel, detail: '' };
    const referrer = drawPersonName(random, country);
    return { channel, detail: `referred by ${referrer.givenName} ${referrer.familyName}` };
  }
  return { channel, detail: random.pick(sourceDetails[channel]) };
}

/** A way of reaching the client that their details and permissions allow, or none. */
function preferredContact(
  random: SampleRandom,
  contacts: readonly ContactPerson[],
  address: PostalAddress,
  permissions: { email: boolean; post: boolean },
  social: ClientDetails['social'],
): ContactMethod | '' {
  if (random.chance(0.2)) return '';
  const options: ContactMethod[] = [];
  const weights: number[] = [];
  const offer = (method: ContactMethod, weight: number) => {
    options.push(method);
    weights.push(weight);
  };
  const primary = contacts[0];
  if (permissions.email && primary && primary.emails.length > 0) offer('email', 50);
  if (primary && primary.phones.length > 0) offer('phone', 20);
  if (primary?.phones.some((phone) => phone.label === 'mobile')) offer('text', 10);
  if (permissions.post && address.lines.length > 0) offer('post', 4);
  if (Object.keys(social).length > 0) offer('social', 5);
  return options.length === 0 ? '' : (options[random.weighted(weights)] ?? '');
}

function drawTags(
  random: SampleRandom,
  input: ClientDetailsInput,
  organization: SampleOrganization | null,
  permissions: { email: boolean; post: boolean },
  address: PostalAddress,
  source: ClientSource,
  doNotContact: boolean,
): string[] {
  const tags: string[] = [];
  if (input.completedProjectCount >= 4 && random.chance(0.35)) tags.push('vip');
  if (permissions.email && random.chance(source.channel === 'newsletter' ? 0.9 : 0.2))
    tags.push('newsletter');
  const taughtThem = input.serviceNames.has('Workshop') || input.serviceNames.has('Training course');
  if (taughtThem && random.chance(0.7)) tags.push('workshop');
  if (input.serviceNames.has('Maintenance retainer')) tags.push('retainer');
  if (organization?.nonprofit) tags.push('nonprofit');
  if (!doNotContact && permissions.post && address.lines.length > 0 && random.chance(0.25))
    tags.push('holiday-card');
  if (input.kind === 'b2b' && random.chance(0.04)) tags.push('partner');
  if (input.completedProjectCount > 0 && random.chance(0.04)) tags.push('late-payer');
  return tags;
}

function drawNote(random: SampleRandom): string {
  return random.chance(0.2) ? random.pick(clientNotes) : '';
}

/**
 * When the details were last checked: never for some, over a year ago for about a third, recently
 * for the rest; never before the client was added nor after yesterday.
 */
export function drawVerifiedDay(random: SampleRandom, createdDay: number, today: number): number | null {
  const roll = random.next();
  if (roll < 0.12) return null;
  const target = roll < 0.42 ? today - random.int(380, 1800) : today - random.int(1, 330);
  return Math.min(today - 1, Math.max(createdDay, target));
}
