import { clientDisplayName } from '@shared/clients/names';
import type { CardOverview, MailingList } from '@shared/holidayCards';
import type { Client } from '@shared/model/client';
import { useMemo, useState } from 'react';
import { CheckboxField } from '../../ui/Field';
import { CardBadges } from './CardBadges';
import { removeClientFromList } from './handPicks';
import { Pager, usePage } from './Pager';
import { useListEdit } from './SentListLock';
import type { MailingOverviewState } from './useMailingOverview';

const pageSize = 50;

interface CardRowProps {
  list: MailingList;
  overview: CardOverview;
  clientsById: ReadonlyMap<string, Client>;
  previousYear: number | null;
}

function CardRow({ list, overview, clientsById, previousYear }: CardRowProps) {
  const edit = useListEdit();
  const { card } = overview;
  const [firstLine, ...otherLines] = card.recipientLines;
  return (
    <tr>
      <th scope="row" className="card-lines">
        <span className="card-lines__name">{firstLine ?? '—'}</span>
        {[...otherLines, ...card.addressLines].map((line, index) => (
          // Lines may repeat (a town named like its street): the position tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one card never reorder
          <span key={index} className="card-lines__line">
            {line}
          </span>
        ))}
      </th>
      <td className="card-greeting">{card.greeting}</td>
      <td>
        <CardBadges overview={overview} previousYear={previousYear} listYear={list.year} />
      </td>
      <td className="row-actions">
        {card.clientIds.map((id) => {
          const client = clientsById.get(id);
          if (!client) return null;
          const name = clientDisplayName(client);
          return (
            <button
              key={id}
              type="button"
              className="button button--quiet button--danger"
              onClick={() => edit(() => removeClientFromList(list, client))}
            >
              Remove
              {card.clientIds.length > 1 ? ` ${name}` : <span className="visually-hidden"> {name}</span>}
            </button>
          );
        })}
      </td>
    </tr>
  );
}

/** The cards to send, as they will be addressed, with their flags; paged when long. */
export function CardsSection({ list, overview }: { list: MailingList; overview: MailingOverviewState }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const withProblems = useMemo(
    () => overview.cards.filter((card) => card.problems.length > 0),
    [overview.cards],
  );
  const shown = onlyProblems ? withProblems : overview.cards;
  const paging = usePage(shown, pageSize);
  const { clientsById } = overview;
  const previousYear = overview.yearOverYear.previousYear;
  return (
    <section className="card" aria-labelledby="cards-heading">
      <div className="section-header">
        <h2 id="cards-heading">Cards ({overview.cards.length.toLocaleString()})</h2>
        {withProblems.length > 0 && (
          <CheckboxField
            id="cards-only-problems"
            label={`Only cards with address problems (${withProblems.length.toLocaleString()})`}
            checked={onlyProblems}
            onChange={setOnlyProblems}
          />
        )}
      </div>
      {previousYear === null && overview.cards.length > 0 && (
        <p className="muted">
          No earlier list was marked as sent, so there is no “last year” to compare with.
        </p>
      )}
      {overview.yearOverYear.droppedSinceLastYear.length > 0 && (
        <p className="muted">
          {overview.yearOverYear.droppedSinceLastYear.length.toLocaleString()} who got a card in{' '}
          {previousYear} are not on this list.
        </p>
      )}
      {shown.length === 0 ? (
        <p className="muted">No cards.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table stacking-table cards-table">
            <caption className="visually-hidden">Cards</caption>
            <thead>
              <tr>
                <th scope="col">Addressed to</th>
                <th scope="col">Greeting</th>
                <th scope="col">Notes</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {paging.items.map((card) => (
                <CardRow
                  key={card.card.id}
                  list={list}
                  overview={card}
                  clientsById={clientsById}
                  previousYear={previousYear}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label="Cards" paging={paging} />
    </section>
  );
}
