import { fieldPathLabel } from '@shared/contacts/fieldPathLabels';
import { describe, expect, it } from 'vitest';

describe('field path labels', () => {
  it('name what differs or would be filled in words a person reads', () => {
    expect(fieldPathLabel('address.city')).toBe('City');
    expect(fieldPathLabel('social.linkedin')).toBe('LinkedIn');
    expect(fieldPathLabel('permissions.email')).toBe('Email allowed');
    expect(fieldPathLabel('contacts.0.jobTitle')).toBe('Person 1: job title');
    expect(fieldPathLabel('contacts.1.phones')).toBe('Person 2: phones');
    expect(fieldPathLabel('contacts.2')).toBe('Person 3 added');
  });
});
