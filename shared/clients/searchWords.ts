import type { ClientDetails } from '../model/client';
import { wordsOf } from '../text/normalize';

/**
 * The words a client is found by when searching as you type: organization, people's names,
 * emails (whole, and split at @ and dots), city and tags. Search matches each typed word as a
 * prefix of one of these, in the client list's in-memory index (renderer/src/db/clientListIndex.ts).
 */
export function clientSearchWords(client: ClientDetails): string[] {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of wordsOf(text)) words.add(word);
  };
  add(client.organization);
  add(client.address.city);
  for (const tag of client.tags) add(tag);
  for (const contact of client.contacts) {
    add(contact.givenName);
    add(contact.familyName);
    for (const email of contact.emails) {
      const address = email.value.trim().toLowerCase();
      if (address === '') continue;
      words.add(address);
      add(address);
    }
  }
  return [...words];
}

/** The words of a search box's text, ready to match as prefixes. */
export function searchQueryWords(query: string): string[] {
  const trimmed = query.trim().toLowerCase();
  if (trimmed.includes('@') && !/\s/.test(trimmed)) return [trimmed];
  return [...new Set(wordsOf(query))];
}
