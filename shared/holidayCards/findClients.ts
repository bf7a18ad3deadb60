import { searchQueryWords } from '../clients/searchWords';
import type { Client } from '../model/client';

/**
 * The first `limit` clients, in the given order, whose words (name, organization, email, city,
 * tags) start with every word typed: "mar lo" finds María López. Nothing for an empty query.
 */
export function findClientsByWords<C extends Pick<Client, 'searchWords'>>(
  clients: readonly C[],
  query: string,
  limit: number,
): C[] {
  const wanted = searchQueryWords(query);
  if (wanted.length === 0) return [];
  const found: C[] = [];
  for (const client of clients) {
    if (wanted.every((word) => client.searchWords.some((own) => own.startsWith(word)))) found.push(client);
    if (found.length >= limit) break;
  }
  return found;
}
