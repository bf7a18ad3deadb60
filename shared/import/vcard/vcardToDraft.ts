import type { SocialNetwork } from '../../model/client';
import { ownValue } from '../../ownValue';
import { foldForMatching } from '../../text/normalize';
import { addressAt, type ContactDraft, newContactDraft, personAt } from '../contactDraft';
import { labelFromTypes, normalizeContactLabel } from '../values/labels';
import { splitComponents, splitValue, unescapeText, type VCardProperty } from './contentLines';
import { phoneFromTelUri } from './telUri';

/** What one card is: a person or organization to import, or a group card (a list, not a contact). */
export type VCardReading =
  | { kind: 'contact'; draft: ContactDraft; clientId: string; hasPhoto: boolean }
  | { kind: 'group' };

const socialTypes: Record<string, SocialNetwork> = {
  linkedin: 'linkedin',
  twitter: 'x',
  x: 'x',
  facebook: 'facebook',
  instagram: 'instagram',
};

/** Our own export's extension properties, which let a vCard round trip lose nothing. */
const clienteleFields = {
  'X-CLIENTELE-KIND': 'kind',
  'X-CLIENTELE-PREFERRED-CONTACT': 'preferredContact',
  'X-CLIENTELE-EMAIL-ALLOWED': 'emailAllowed',
  'X-CLIENTELE-POST-ALLOWED': 'postAllowed',
  'X-CLIENTELE-DO-NOT-CONTACT': 'doNotContact',
  'X-CLIENTELE-VERIFIED-ON': 'verifiedOn',
} as const;

/**
 * Reads one card's properties into a draft. A company card (KIND:org, or Apple's
 * X-ABShowAs:COMPANY) names an organization: its FN is not taken for a person's name.
 */
export function vcardToDraft(properties: readonly VCardProperty[], row: number): VCardReading {
  const draft = newContactDraft(row);
  const customLabels = new Map<string, string>();
  for (const property of properties) {
    if (property.name === 'X-ABLABEL' && property.group)
      customLabels.set(property.group, customLabel(unescapeText(property.value)));
  }
  const kind = properties
    .find((property) => property.name === 'KIND' || property.name === 'X-ADDRESSBOOKSERVER-KIND')
    ?.value.trim()
    .toLowerCase();
  if (kind === 'group') return { kind: 'group' };
  const isCompany =
    kind === 'org' ||
    kind === 'organization' ||
    properties.some(
      (property) => property.name === 'X-ABSHOWAS' && property.value.trim().toUpperCase() === 'COMPANY',
    );
  const labelOf = (property: VCardProperty) =>
    customLabels.get(property.group) || labelFromTypes(property.params.get('TYPE') ?? []);
  const text = (property: VCardProperty) => unescapeText(property.value).trim();
  let fullName = '';
  let clientId = '';
  let addressCount = 0;
  let hasPhoto = false;
  let title = '';
  let role = '';
  const formattedLabels: string[] = [];
  for (const property of properties) {
    const field = property.name;
    const person = () => personAt(draft, 0);
    switch (field) {
      case 'FN':
        fullName = text(property);
        break;
      case 'N': {
        // Several values in one component (middle names, "Dr.,Prof.") are joined by spaces.
        const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitComponents(
          property.value,
        ).map((items) =>
          items
            .map((item) => item.trim())
            .filter(Boolean)
            .join(' '),
        );
        Object.assign(person(), {
          familyName: family,
          givenName: given,
          middleName: additional,
          prefix,
          suffix,
        });
        break;
      }
      case 'NICKNAME':
        person().nickname ||= splitValue(property.value, ',')
          .map((item) => item.trim())
          .filter(Boolean)
          .join(', ');
        break;
      case 'PHOTO':
        hasPhoto = true;
        break;
      case 'ORG': {
        const [organization = '', ...units] = splitValue(property.value, ';');
        draft.organization ||= organization.trim();
        draft.department ||= units
          .map((unit) => unit.trim())
          .filter(Boolean)
          .join(', ');
        break;
      }
      case 'TITLE':
        title ||= text(property);
        break;
      case 'ROLE':
        role ||= text(property);
        break;
      case 'EMAIL':
        person().emails.push({ value: text(property), label: labelOf(property), field });
        break;
      case 'TEL':
        person().phones.push({ value: phoneFromTelUri(text(property)), label: labelOf(property), field });
        break;
      case 'ADR': {
        const [
          poBox = '',
          extended = '',
          street = '',
          city = '',
          region = '',
          postalCode = '',
          country = '',
        ] = splitValue(property.value, ';');
        addressCount += 1;
        const address = addressAt(draft, `adr ${addressCount}`);
        Object.assign(address, { label: labelOf(property), poBox, extended, city, region, postalCode });
        address.street = street.split('\n');
        address.country = country.trim() ? { value: country.trim(), label: '', field } : null;
        break;
      }
      case 'LABEL':
        formattedLabels.push(text(property));
        break;
      case 'URL': {
        const network = ownValue(socialTypes, (customLabels.get(property.group) ?? '').toLowerCase());
        if (network && !draft.social[network])
          draft.social[network] = { value: text(property), label: '', field };
        else draft.websites.push({ value: text(property), label: '', field });
        break;
      }
      case 'X-SOCIALPROFILE':
      case 'X-LINKEDIN':
      case 'X-TWITTER':
      case 'X-FACEBOOK':
      case 'X-INSTAGRAM': {
        const type =
          field === 'X-SOCIALPROFILE'
            ? (property.params.get('TYPE')?.[0] ?? '')
            : field.slice(2).toLowerCase();
        const network = ownValue(socialTypes, type);
        const value = text(property) || property.params.get('X-USER')?.[0] || '';
        if (network && !draft.social[network]) draft.social[network] = { value, label: '', field };
        else if (value) draft.labelledNotes.push(`${type || 'Profile'}: ${value}`);
        break;
      }
      case 'NOTE':
        draft.notes.push(text(property));
        break;
      case 'CATEGORIES':
        draft.tags.push(...splitValue(property.value, ',').map((tag) => tag.trim()));
        break;
      case 'BDAY':
        draft.labelledNotes.push(`Birthday: ${text(property)}`);
        break;
      case 'ANNIVERSARY':
        draft.labelledNotes.push(`Anniversary: ${text(property)}`);
        break;
      case 'X-CLIENTELE-CLIENT':
        clientId = text(property);
        break;
      case 'X-CLIENTELE-SOURCE':
        draft.source = text(property);
        break;
      case 'X-CLIENTELE-SOURCE-DETAIL':
        draft.sourceDetail = text(property);
        break;
      default:
        if (field in clienteleFields) {
          draft[clienteleFields[field as keyof typeof clienteleFields]] = {
            value: text(property),
            label: '',
            field,
          };
        }
    }
  }
  if (addressCount === 0) {
    for (const [index, label] of formattedLabels.entries())
      addressAt(draft, `label ${index}`).formatted = label;
  }
  // The job title is TITLE, else ROLE; a ROLE beside a different TITLE is kept in the notes.
  if (title || role) personAt(draft, 0).jobTitle = title || role;
  if (title && role && foldForMatching(title) !== foldForMatching(role))
    draft.labelledNotes.push(`Role: ${role}`);
  applyName(draft, fullName, isCompany);
  return { kind: 'contact', draft, clientId, hasPhoto };
}

/** Apple wraps its own labels ("_$!<Mobile>!$_"); labels a user typed are kept as typed. */
function customLabel(text: string): string {
  return /^_\$!<.*>!\$_$/.test(text.trim()) ? normalizeContactLabel(text) : text.trim();
}

/** FN names the person, unless the card is a company's; a company card's N that merely repeats the company is dropped. */
function applyName(draft: ContactDraft, fullName: string, isCompany: boolean): void {
  const person = draft.people[0];
  if (isCompany) {
    draft.organization ||= fullName;
    if (
      person &&
      foldForMatching(`${person.givenName} ${person.familyName}`.trim()) ===
        foldForMatching(draft.organization)
    ) {
      person.givenName = '';
      person.familyName = '';
    }
    return;
  }
  // Address books put the email or phone in FN when a card has no name; that is no name.
  if (fullName && !/^\S+@\S+$/.test(fullName) && !/^[+\d\s()./-]+$/.test(fullName))
    personAt(draft, 0).fullName = fullName;
}
