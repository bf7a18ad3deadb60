import { formatIsoDate } from '@shared/dates/isoDate';
import type { MailingList } from '@shared/holidayCards';
import { collapseWhitespace } from '@shared/text/normalize';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { db } from '../../db/appDatabase';
import { deleteMailingList, renameMailingList } from '../../db/mailingListsRepository';
import { restoreFromTrash } from '../../db/trashRepository';
import { showError, showToast } from '../../state/toastStore';
import { TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';

function RenameForm({ list, onDone }: { list: MailingList; onDone: () => void }) {
  const [name, setName] = useState(list.name);
  const [attempted, setAttempted] = useState(false);
  const error = attempted && collapseWhitespace(name) === '' ? 'Give the list a name.' : '';
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (collapseWhitespace(name) === '') return;
    try {
      await renameMailingList(db, list.id, name);
      showToast('List renamed.');
      onDone();
    } catch (failure) {
      showError(failure);
    }
  };
  return (
    <form className="card inline-form" onSubmit={submit} noValidate aria-label="Rename list">
      <TextField id="list-name" label="List name" value={name} error={error} onChange={setName} />
      <button type="submit" className="button button--primary">
        Save name
      </button>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

/** The list's name, whether it went out, and renaming and deleting (with undo). */
export function ListHeader({ list }: { list: MailingList }) {
  const [, navigate] = useLocation();
  const [renaming, setRenaming] = useState(false);
  const remove = async () => {
    try {
      const trashId = await deleteMailingList(db, list.id);
      navigate('/holiday-cards');
      showToast(`Deleted “${list.name}”.`, () => restoreFromTrash(db, trashId));
    } catch (error) {
      showError(error);
    }
  };
  const count = list.sentClientIds.length;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/holiday-cards">Holiday cards</Link>
      </p>
      <PageHeader
        title={list.name}
        subtitle={
          list.sentOn
            ? `Cards sent ${formatIsoDate(list.sentOn)} to ${count.toLocaleString()} ${count === 1 ? 'client' : 'clients'}`
            : `For ${list.year} · not sent yet`
        }
        actions={
          <>
            <button type="button" className="button" onClick={() => setRenaming(true)} disabled={renaming}>
              Rename
            </button>
            <button type="button" className="button button--danger" onClick={remove}>
              Delete list
            </button>
          </>
        }
      />
      {renaming && <RenameForm list={list} onDone={() => setRenaming(false)} />}
    </>
  );
}
