import { clientDisplayName } from '@shared/clients/names';
import { bySortName } from '@shared/clients/sortOrder';
import { findClientsByWords, type MailingList, selectRecipients } from '@shared/holidayCards';
import { type Client, clientKindLabels } from '@shared/model/client';
import { useMemo, useState } from 'react';
import { useClientsNotOfKinds } from '../../db/hooks/clientHooks';
import { TextField } from '../../ui/Field';
import { addClientToList } from './handPicks';
import { reasonsInWords, wishReasons } from './leftOutReasons';
import { useListEdit } from './SentListLock';

const maxResults = 8;

interface AddByHandSearchProps {
  list: MailingList;
  clients: readonly Client[];
  today: string;
}

function SearchResult({ list, client, today }: { list: MailingList; client: Client; today: string }) {
  const edit = useListEdit();
  const name = clientDisplayName(client);
  const selection = selectRecipients([client], list, today);
  const excluded = selection.excluded[0];
  const theirWish = excluded?.reasons.some((reason) => wishReasons.has(reason)) ?? false;
  return (
    <li className="search-result">
      <span className="search-result__name">
        {name} <span className="muted">· {clientKindLabels[client.kind]}</span>
      </span>
      <span className="search-result__status">
        {excluded ? reasonsInWords(excluded.reasons, client.address).join('; ') : 'On the list'}
      </span>
      {excluded && !theirWish && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => edit(() => addClientToList(list, client))}
        >
          Add by hand<span className="visually-hidden"> {name}</span>
        </button>
      )}
    </li>
  );
}

/** Finds any client, of any kind, to put on the list by hand. */
export function AddByHandSearch({ list, clients, today }: AddByHandSearchProps) {
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  // Clients of the other kinds are read only once someone searches: most lists never need them.
  const others = useClientsNotOfKinds(list.rules.kinds, searching);
  const everyone = useMemo(() => {
    const known = new Set(clients.map((client) => client.id));
    const extra = (others ?? []).filter((client) => !known.has(client.id));
    if (extra.length === 0) return clients;
    return [...clients, ...extra].sort(bySortName);
  }, [clients, others]);
  const found = findClientsByWords(everyone, query, maxResults);
  return (
    <section className="card" aria-labelledby="add-by-hand-heading">
      <h2 id="add-by-hand-heading">Add a client by hand</h2>
      <TextField
        id="add-by-hand-search"
        label="Find a client"
        type="search"
        hint="Any client, of any kind: the start of a name, organization, email or city."
        value={query}
        onChange={setQuery}
      />
      {searching && (
        <div aria-live="polite">
          {found.length === 0 ? (
            <p className="muted">{others === undefined ? 'Searching…' : 'No client matches.'}</p>
          ) : (
            <ul className="plain-list search-results" aria-label="Clients found">
              {found.map((client) => (
                <SearchResult key={client.id} list={list} client={client} today={today} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
