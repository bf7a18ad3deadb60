import { isValidIsoDate } from '../dates/isoDate';
import { isKnownCountryCode } from '../geo/countries';
import { type ClientDetails, socialNetworkLabels, socialNetworks } from '../model/client';
import { emailProblem, normalizeWebUrl, phoneProblem } from '../validation/contactValues';
import type { FieldErrors } from '../validation/fieldErrors';
import { tooLongFields, tooLongMessage } from '../validation/lengthLimits';

/** Checks a client's details; every problem is reported at its field, in words. */
export function validateClient(details: ClientDetails, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const needsOrganization = details.kind !== 'b2c';
  if (needsOrganization && details.organization.trim() === '') {
    errors.organization =
      details.kind === 'b2g'
        ? 'Enter the name of the government body or agency.'
        : 'Enter the name of the business.';
  }
  if (details.kind === 'b2c') {
    const person = details.contacts[0];
    if (!person || `${person.givenName}${person.familyName}`.trim() === '') {
      errors['contacts.0.givenName'] = 'Enter the name of the person who is the client.';
    }
  }
  details.contacts.forEach((contact, index) => {
    const hasName = `${contact.givenName}${contact.familyName}`.trim() !== '';
    const hasEmail = contact.emails.some((email) => email.value.trim() !== '');
    // A person left completely blank is dropped on save; one with only a phone or a title is not.
    const hasOther =
      contact.jobTitle.trim() !== '' || contact.phones.some((phone) => phone.value.trim() !== '');
    if (!hasName && !hasEmail && hasOther && !errors[`contacts.${index}.givenName`]) {
      errors[`contacts.${index}.givenName`] = 'Enter a name or an email for this person, or remove them.';
    }
    contact.emails.forEach((email, emailIndex) => {
      if (email.value.trim() === '') return;
      const problem = emailProblem(email.value);
      if (problem) errors[`contacts.${index}.emails.${emailIndex}.value`] = problem;
    });
    contact.phones.forEach((phone, phoneIndex) => {
      if (phone.value.trim() === '') return;
      const problem = phoneProblem(phone.value);
      if (problem) errors[`contacts.${index}.phones.${phoneIndex}.value`] = problem;
    });
  });
  if (details.website.trim() !== '' && normalizeWebUrl(details.website) === '') {
    errors.website = 'Enter a web address, like example.com.';
  }
  for (const network of socialNetworks) {
    const link = details.social[network]?.trim() ?? '';
    if (link !== '' && normalizeWebUrl(link) === '') {
      errors[`social.${network}`] = `Enter the ${socialNetworkLabels[network]} profile as a link.`;
    }
  }
  const country = details.address.country;
  if (country !== '' && !isKnownCountryCode(country)) {
    errors['address.country'] = `"${country}" is not a country code; pick a country from the list.`;
  }
  if (details.verifiedOn !== '') {
    if (!isValidIsoDate(details.verifiedOn)) {
      errors.verifiedOn = 'This is not a real date.';
    } else if (details.verifiedOn > today) {
      errors.verifiedOn = 'The details cannot be verified on a date in the future.';
    }
  }
  if (details.preferredContact === 'email' && details.permissions.email === false) {
    errors.preferredContact =
      'Email is preferred, but emailing is not permitted. Allow email or choose another way.';
  }
  if (details.preferredContact === 'post' && details.permissions.post === false) {
    errors.preferredContact =
      'Post is preferred, but sending post is not permitted. Allow post or choose another way.';
  }
  for (const field of tooLongFields(details)) errors[field.path] ??= tooLongMessage(field);
  return errors;
}
