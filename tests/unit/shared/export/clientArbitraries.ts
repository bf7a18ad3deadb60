import { normalizeClientDetails } from '@shared/clients/clientDetails';
import {
  acquisitionChannels,
  type ClientDetails,
  type ContactPerson,
  clientKinds,
  contactMethods,
} from '@shared/model/client';
import fc from 'fast-check';

/** Text as people type it: accents, other scripts, quotes, separators and formula-like starts. */
const textUnit = fc.constantFrom(
  'a',
  'Z',
  'é',
  'ß',
  'Ø',
  '李',
  'Мария',
  'ا',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '=',
  '+',
  '-',
  '@',
  '\t',
  '1',
  ':',
  '\\',
  '.',
  '&',
);
const lineText = fc.string({ unit: textUnit, maxLength: 12 });
const noteText = fc.string({ unit: fc.oneof(textUnit, fc.constant('\n')), maxLength: 40 });

const emailValue = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,8}[a-z0-9])?$/),
    fc.stringMatching(/^[a-z0-9]{1,8}$/),
    fc.constantFrom('com', 'de', 'co.uk'),
  )
  .map(([local, domain, tld]) => `${local.replace(/\.{2,}/g, '.')}@${domain}.${tld}`);
const phoneValue = fc
  .tuple(
    fc.constantFrom('+1 555 ', '+49 30 ', '+44 (0)20 ', '030 ', '+81 3-'),
    fc.stringMatching(/^\d{4,7}$/),
    fc.constantFrom('', '', ' ext. 102'),
  )
  .map(([prefix, digits, extension]) => prefix + digits + extension);
const label = fc.constantFrom(
  '',
  'work',
  'home',
  'mobile',
  'work fax',
  'main',
  'Studio',
  'Work',
  'Büro 2',
  'a,b;c',
);

const person: fc.Arbitrary<ContactPerson> = fc.record({
  id: fc.uuid(),
  givenName: lineText,
  familyName: lineText,
  prefix: fc.constantFrom('', 'Mr.', 'Dr. Prof.'),
  middleName: fc.oneof(fc.constant(''), lineText),
  suffix: fc.constantFrom('', 'Sr.', 'PhD, MBA'),
  nickname: fc.oneof(fc.constant(''), lineText),
  jobTitle: lineText,
  emails: fc.uniqueArray(fc.record({ label, value: emailValue }), {
    maxLength: 3,
    selector: (email) => email.value.toLowerCase(),
  }),
  phones: fc.uniqueArray(fc.record({ label, value: phoneValue }), {
    maxLength: 3,
    selector: (phone) => phone.value,
  }),
});

/** Client details as the database holds them: tidied, with a name, organization or email to know them by. */
export const clientDetails: fc.Arbitrary<ClientDetails> = fc
  .record({
    kind: fc.constantFrom(...clientKinds),
    organization: lineText,
    department: fc.oneof(fc.constant(''), lineText),
    website: fc.constantFrom('', 'https://example.com/', 'https://www.atelier-lumière.fr/about?x=1'),
    contacts: fc.array(person, { maxLength: 3 }),
    address: fc.record({
      lines: fc.array(lineText, { maxLength: 3 }),
      city: lineText,
      region: lineText,
      postalCode: fc.constantFrom('', '75011', 'E14 5AB', '01234', '=1'),
      country: fc.constantFrom('', 'FR', 'DE', 'JP', 'CI', 'US', 'GB', 'XK'),
    }),
    social: fc.record(
      { linkedin: fc.constant('https://www.linkedin.com/in/ana-ruiz/'), x: fc.constant('https://x.com/ana') },
      { requiredKeys: [] },
    ),
    source: fc.record({ channel: fc.constantFrom('', ...acquisitionChannels), detail: lineText }),
    preferredContact: fc.constantFrom('', ...contactMethods),
    permissions: fc.record({ email: fc.boolean(), post: fc.boolean() }),
    doNotContact: fc.boolean(),
    verifiedOn: fc.constantFrom('', '2026-11-23', '2024-02-29'),
    tags: fc.array(lineText, { maxLength: 3 }),
    notes: noteText,
  })
  .map((details) => {
    const tidy = normalizeClientDetails(details);
    const known =
      tidy.organization ||
      tidy.contacts.some((contact) => contact.givenName || contact.familyName || contact.emails.length);
    return known ? tidy : { ...tidy, organization: 'Fallback Ltd' };
  });

/** Details without the person ids, which a new import gives anew. */
export function withoutIds(details: ClientDetails) {
  return { ...details, contacts: details.contacts.map(({ id: _id, ...rest }) => rest) };
}
