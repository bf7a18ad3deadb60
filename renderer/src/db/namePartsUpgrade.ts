import { clientSortName } from '@shared/clients/names';
import type { Client } from '@shared/model/client';
import type { Transaction } from 'dexie';

/**
 * Schema version 7: people keep their name parts apart (prefix, middle names, suffix,
 * nickname) and clients their department. Stored names are left exactly as they were: a name an
 * older import joined ("Doe Sr.") is never split again behind the user's back; the parts start
 * empty and the user fills them in the form. Only the list's sort key changes: a client listed
 * under a person sorts by family name.
 */
export async function sortPeopleByFamilyName(transaction: Transaction): Promise<void> {
  await transaction
    .table<Client, string>('clients')
    .toCollection()
    .modify((client) => {
      client.sortName = clientSortName(client);
    });
}
