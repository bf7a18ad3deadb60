import { parseContactsFile } from '@shared/import';
import { describe, expect, it } from 'vitest';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function importCsv(text: string, name = 'contacts.csv') {
  return parseContactsFile(bytesOf(text), name);
}

describe('permissions of imported contacts', () => {
  it('are unknown (ask first) when the file does not say', async () => {
    const result = await importCsv('Name,Email\nAna Ruiz,ana@example.com\n');
    expect(result.contacts[0]?.details.permissions).toEqual({ email: 'unknown', post: 'unknown' });
  });

  it('follow the file when it says yes, no or unknown', async () => {
    const result = await importCsv(
      'Name,Email,Email allowed,Post allowed\nAna,ana@example.com,yes,no\nBo,bo@example.com,unknown,yes\n',
    );
    expect(result.contacts.map((contact) => contact.details.permissions)).toEqual([
      { email: true, post: false },
      { email: 'unknown', post: true },
    ]);
  });

  it('take Mailchimp subscribers as yes to email and unsubscribers as no', async () => {
    const header = 'Email Address,First Name,Last Name,MEMBER_RATING,CONFIRM_TIME,UNSUB_TIME';
    const result = await importCsv(
      `${header}\nana@example.com,Ana,Ruiz,2,2024-01-01 10:00:00,\nbo@example.com,Bo,Li,2,2024-01-01 10:00:00,2025-02-01 08:00:00\n`,
    );
    expect(result.source).toBe('mailchimp');
    expect(result.contacts.map((contact) => contact.details.permissions)).toEqual([
      { email: true, post: 'unknown' },
      { email: false, post: 'unknown' },
    ]);
  });
});

describe('the kind of imported organizations', () => {
  it('guesses government from the name or the email domain, and marks it as a guess', async () => {
    const result = await importCsv(
      [
        'Name,Email,Organization',
        'Ana Ruiz,ana@sevilla.example,Ayuntamiento de Sevilla',
        'Bo Li,bo@parks.ca.gov,Parks Team',
        'Cy Moe,cy@acme.example,Acme Ltd',
      ].join('\n'),
    );
    expect(result.contacts.map((contact) => [contact.details.kind, contact.kindClue])).toEqual([
      ['b2g', 'name'],
      ['b2g', 'email'],
      ['b2b', undefined],
    ]);
  });

  it('does not call it a guess when the file names the kind', async () => {
    const result = await importCsv('Name,Organization,Kind\nAna Ruiz,City of Boston,government\n');
    expect(result.contacts[0]?.details.kind).toBe('b2g');
    expect(result.contacts[0]?.kindClue).toBeUndefined();
  });
});
