import { clientDisplayName } from '@shared/clients/names';
import type { MailingList } from '@shared/holidayCards';
import type { Client } from '@shared/model/client';
import { db } from '../../db/appDatabase';
import { addToListByHand, removeFromListByHand, restoreHandChoice } from '../../db/mailingListsRepository';
import { showError, showToast } from '../../state/toastStore';

/** Puts a client on the list by hand, with an undo that restores what was decided before. */
export async function addClientToList(list: MailingList, client: Client): Promise<void> {
  try {
    const before = await addToListByHand(db, list.id, client.id);
    showToast(`Added ${clientDisplayName(client)} by hand.`, () =>
      restoreHandChoice(db, list.id, client.id, before),
    );
  } catch (error) {
    showError(error);
  }
}

/** Takes a client off the list by hand, with an undo that restores what was decided before. */
export async function removeClientFromList(list: MailingList, client: Client): Promise<void> {
  try {
    const before = await removeFromListByHand(db, list.id, client.id);
    showToast(`Took ${clientDisplayName(client)} off the list.`, () =>
      restoreHandChoice(db, list.id, client.id, before),
    );
  } catch (error) {
    showError(error);
  }
}
