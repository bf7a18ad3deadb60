import { clientDisplayName } from '@shared/clients/names';
import { countryName, isKnownCountryCode } from '@shared/geo/countries';
import {
  type ExcludedRecipient,
  type ExclusionReason,
  exclusionCounts,
  exclusionReasonLabels,
  exclusionReasons,
  type MailingList,
} from '@shared/holidayCards';
import type { Client } from '@shared/model/client';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { SelectField } from '../../ui/Field';
import { addClientToList } from './handPicks';
import { reasonsInWords, wishReasons } from './leftOutReasons';
import { Pager, usePage } from './Pager';
import { useListEdit } from './SentListLock';
import type { MailingOverviewState } from './useMailingOverview';

function place(client: Client): string {
  const { city, country } = client.address;
  return [city, isKnownCountryCode(country) ? countryName(country) : country].filter(Boolean).join(', ');
}

function LeftOutRow({ list, excluded }: { list: MailingList; excluded: ExcludedRecipient<Client> }) {
  const edit = useListEdit();
  const { client, reasons, addedByHand } = excluded;
  const name = clientDisplayName(client);
  const theirWish = reasons.some((reason) => wishReasons.has(reason));
  return (
    <tr>
      <th scope="row">
        <Link href={`/clients/${client.id}`}>{name}</Link>
        <span className="place">{place(client)}</span>
      </th>
      <td>
        <ul className="plain-list">
          {reasonsInWords(reasons, client.address).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {addedByHand && <p className="muted">Added by hand, but their wish comes first.</p>}
      </td>
      <td className="row-actions">
        {theirWish ? (
          <span className="muted">Asked not to get post</span>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => edit(() => addClientToList(list, client))}
          >
            Add by hand<span className="visually-hidden"> {name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

/** Who the rules leave out and why, with a way to add each one by hand. */
export function LeftOutSection({ list, overview }: { list: MailingList; overview: MailingOverviewState }) {
  const [reason, setReason] = useState<ExclusionReason | ''>('');
  const { excluded } = overview.selection;
  const counts = exclusionCounts(overview.selection);
  const shown = useMemo(
    () => (reason === '' ? excluded : excluded.filter((entry) => entry.reasons.includes(reason))),
    [excluded, reason],
  );
  const paging = usePage(shown, 50);
  const reasonOptions = [
    { value: '' as const, label: `Any reason (${excluded.length.toLocaleString()})` },
    ...exclusionReasons
      .filter((each) => counts[each])
      .map((each) => ({
        value: each,
        label: `${exclusionReasonLabels[each]} (${counts[each]?.toLocaleString()})`,
      })),
  ];
  return (
    <section className="card" aria-labelledby="left-out-heading">
      <div className="section-header">
        <h2 id="left-out-heading">Left out ({excluded.length.toLocaleString()})</h2>
        {excluded.length > 0 && (
          <SelectField
            id="left-out-reason"
            label="Show"
            value={reason}
            options={reasonOptions}
            onChange={setReason}
          />
        )}
      </div>
      {excluded.length === 0 ? (
        <p className="muted">
          {overview.selection.included.length === 0
            ? 'No clients of the chosen kinds in your client book yet.'
            : 'Every client of the chosen kinds is on the list.'}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table stacking-table">
            <caption className="visually-hidden">Clients left out</caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Why</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {paging.items.map((entry) => (
                <LeftOutRow key={entry.client.id} list={list} excluded={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label="Left out" paging={paging} />
    </section>
  );
}
