import {
  isListLocked,
  isSentListUnlocked,
  type MailingList,
  sentOnText,
  unlockQuestion,
} from '@shared/holidayCards';
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import { db } from '../../db/appDatabase';
import { lockMailingList, unlockMailingList } from '../../db/mailingListsRepository';
import { showError } from '../../state/toastStore';
import { ConfirmDialog } from '../../ui/ModalDialog';

type ListEdit = (change: () => void) => void;

const ListEditContext = createContext<ListEdit>((change) => change());

/** Runs a change to the list's rules or picks, asking first when the list is locked as sent. */
export function useListEdit(): ListEdit {
  return useContext(ListEditContext);
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/**
 * Keeps a sent list as it went out: every change asks "unlock and edit?" first, and the
 * banner says whether the list is locked, with an explicit unlock and lock again.
 */
export function SentListLock({ list, children }: { list: MailingList; children: ReactNode }) {
  const pending = useRef<(() => void) | null>(null);
  const [asking, setAsking] = useState(false);
  const locked = isListLocked(list);
  const edit = useCallback<ListEdit>(
    (change) => {
      if (!locked) return change();
      pending.current = change;
      setAsking(true);
    },
    [locked],
  );
  const unlockAndEdit = async () => {
    setAsking(false);
    const change = pending.current;
    pending.current = null;
    try {
      await unlockMailingList(db, list.id);
      change?.();
    } catch (error) {
      showError(error);
    }
  };
  const cancel = () => {
    pending.current = null;
    setAsking(false);
  };
  const lockAgain = () => lockMailingList(db, list.id).catch(showError);
  const sentTo = `${sentOnText(list)} to ${plural(list.sentClientIds.length, 'client', 'clients')}`;

  return (
    <ListEditContext.Provider value={edit}>
      {locked && (
        <div className="sent-lock card" role="note" aria-label="Sent list">
          <p>
            <strong>Locked:</strong> these cards went out on {sentTo}, so the rules and picks stay as they
            were sent.
          </p>
          <button type="button" className="button" onClick={() => edit(() => undefined)}>
            Unlock to edit…
          </button>
        </div>
      )}
      {isSentListUnlocked(list) && (
        <div className="sent-lock sent-lock--open card" role="note" aria-label="Sent list">
          <p>
            <strong>Unlocked for editing.</strong> The record of the cards sent on {sentTo} is kept.
          </p>
          <button type="button" className="button" onClick={lockAgain}>
            Lock again
          </button>
        </div>
      )}
      {children}
      {asking && (
        <ConfirmDialog
          title="Unlock the sent list?"
          confirmLabel="Unlock and edit"
          cancelLabel="Keep it as sent"
          onConfirm={unlockAndEdit}
          onCancel={cancel}
        >
          <p>{unlockQuestion(list)}</p>
          <p className="muted">The record of who got a card stays as it was.</p>
        </ConfirmDialog>
      )}
    </ListEditContext.Provider>
  );
}
