import { ownValue } from '../../ownValue';
import type { ColumnMapping, ImportFieldId } from '../fields';
import { headerKey } from './contactSources';

/** Column names seen in spreadsheets and CRM exports, in English, German, French, Spanish and Italian. */
const aliases: Partial<Record<ImportFieldId, string[]>> = {
  fullName: [
    'name',
    'full name',
    'display name',
    'contact',
    'contact name',
    'nom complet',
    'vollstandiger name',
    'nombre completo',
    'nome completo',
  ],
  givenName: [
    'first name',
    'firstname',
    'given name',
    'first',
    'forename',
    'vorname',
    'prenom',
    'nombre',
    'nome',
  ],
  middleName: ['middle name', 'additional name', 'middle', 'weitere vornamen', 'zweiter vorname'],
  familyName: [
    'last name',
    'lastname',
    'surname',
    'family name',
    'last',
    'nachname',
    'nom',
    'nom de famille',
    'apellido',
    'apellidos',
    'cognome',
  ],
  namePrefix: ['salutation', 'prefix', 'name prefix', 'anrede', 'civilite'],
  nameSuffix: ['suffix', 'name suffix'],
  nickname: ['nickname', 'nick name', 'spitzname', 'surnom'],
  jobTitle: [
    'job title',
    'title',
    'position',
    'role',
    'job',
    'occupation',
    'jobtitle',
    'beruf',
    'poste',
    'fonction',
    'cargo',
    'puesto',
  ],
  organization: [
    'company',
    'organization',
    'organisation',
    'company name',
    'organization name',
    'business name',
    'employer',
    'account name',
    'firma',
    'unternehmen',
    'societe',
    'entreprise',
    'empresa',
    'azienda',
  ],
  department: ['department', 'abteilung', 'departement', 'departamento'],
  street: [
    'address',
    'street',
    'street address',
    'address 1',
    'address line 1',
    'address1',
    'strasse',
    'adresse',
    'direccion',
    'indirizzo',
  ],
  extendedAddress: ['address 2', 'address line 2', 'address2', 'extended address'],
  poBox: ['po box', 'postfach', 'address po box'],
  city: ['city', 'town', 'locality', 'stadt', 'ort', 'ville', 'ciudad', 'citta'],
  region: [
    'state',
    'region',
    'province',
    'county',
    'state region',
    'state province',
    'bundesland',
    'provincia',
  ],
  postalCode: [
    'zip',
    'zip code',
    'zipcode',
    'postal code',
    'postcode',
    'post code',
    'plz',
    'postleitzahl',
    'code postal',
    'codigo postal',
    'cap',
  ],
  country: ['country', 'country region', 'country code', 'land', 'land region', 'pays', 'pais', 'paese'],
  website: [
    'website',
    'web',
    'url',
    'homepage',
    'web page',
    'web site',
    'site',
    'webseite',
    'site web',
    'sitio web',
    'website url',
  ],
  linkedin: ['linkedin', 'linkedin url', 'linkedin profile'],
  x: ['twitter', 'x', 'twitter handle', 'twitter username', 'x handle'],
  facebook: ['facebook', 'facebook url'],
  instagram: ['instagram', 'instagram handle'],
  tags: [
    'tags',
    'tag',
    'labels',
    'groups',
    'group',
    'categories',
    'category',
    'group membership',
    'kategorien',
    'etiquettes',
  ],
  notes: [
    'notes',
    'note',
    'comments',
    'comment',
    'description',
    'notizen',
    'bemerkungen',
    'remarques',
    'notas',
  ],
  kind: ['kind', 'client kind', 'client type', 'customer type'],
  source: ['how they found you', 'how found', 'quelle'],
  sourceDetail: ['source detail'],
  marketingChannel: [
    'source',
    'lead source',
    'channel',
    'source channel',
    'marketing channel',
    'referral source',
    'how did you hear',
    'how did you hear about us',
    'how did you hear about me',
    'how did you find us',
  ],
  marketingActivity: [
    'campaign',
    'campaign name',
    'marketing campaign',
    'marketing activity',
    'utm campaign',
  ],
  preferredContact: ['preferred contact', 'preferred contact method'],
  emailAllowed: ['email allowed', 'email opt in'],
  postAllowed: ['post allowed', 'mail allowed'],
  doNotContact: ['do not contact', 'dnc'],
  verifiedOn: ['verified on', 'last verified'],
};

export const referredBy: ColumnMapping = { field: 'marketingChannel', label: 'referral' };

const aliasIndex = new Map<string, ImportFieldId>();
for (const [field, keys] of Object.entries(aliases)) {
  for (const key of keys ?? []) aliasIndex.set(key, field as ImportFieldId);
}

const addressFields = new Set<ImportFieldId>([
  'street',
  'extendedAddress',
  'poBox',
  'city',
  'region',
  'postalCode',
  'country',
]);

/** Words that name whose address or phone it is, as Outlook writes them ("Business City", "Ort geschäftlich"). */
const blockWords: Record<string, string> = {
  business: 'work',
  work: 'work',
  office: 'work',
  geschaftlich: 'work',
  home: 'home',
  private: 'home',
  personal: 'home',
  privat: 'home',
  other: 'other',
  weitere: 'other',
  andere: 'other',
};

const phoneWords =
  /\b(phone|telephone|tel|mobile|cell|fax|pager|handy|telefon|mobiltelefon|telefono|portable)\b/;
const emailWords = /\b(e ?mail|mail|courriel|correo)\b/;

/**
 * A mapping for a column from its name alone, or null when the name says nothing this app
 * knows. Used for any spreadsheet, and for columns a known tool's layout does not list.
 */
export function guessColumnMapping(headerCell: string): ColumnMapping | null {
  const key = headerKey(headerCell);
  if (key === '') return null;
  // A name in a "Referred by" column is the referrer: the channel is referral, the name its detail.
  if (key === 'referred by') return referredBy;
  const exact = aliasIndex.get(key);
  if (exact) return { field: exact };
  const words = key.split(' ');
  const block = words.map((word) => ownValue(blockWords, word)).find(Boolean) ?? '';
  const rest = words.filter((word) => !ownValue(blockWords, word) && !/^\d+$/.test(word)).join(' ');
  const addressField = aliasIndex.get(rest);
  if (block && addressField && addressFields.has(addressField)) return { field: addressField, group: block };
  if (emailWords.test(key) && !/\b(type|display|name|opt|allowed|status|bounce)\b/.test(key)) {
    return block ? { field: 'email', label: block } : { field: 'email' };
  }
  if (phoneWords.test(key)) return { field: 'phone', label: phoneLabel(key, block) };
  return null;
}

function phoneLabel(key: string, block: string): string {
  if (/\bfax\b/.test(key)) return block === 'work' ? 'work fax' : block === 'home' ? 'home fax' : 'fax';
  if (/\b(mobile|cell|handy|mobiltelefon|portable)\b/.test(key)) return 'mobile';
  if (/\bpager\b/.test(key)) return 'pager';
  if (/\bmain\b/.test(key)) return 'main';
  return block;
}
