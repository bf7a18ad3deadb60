import { formatIsoDate } from '@shared/dates/isoDate';
import type { MailingList } from '@shared/holidayCards';
import { Link } from 'wouter';
import { useToday } from '../../app/useToday';
import { useMailingLists } from '../../db/hooks/mailingHooks';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { NewListForm, useCreateList } from './NewListForm';

function sentText(list: MailingList): string {
  if (list.sentOn === '') return 'Not sent yet';
  const count = list.sentClientIds.length;
  return `Sent ${formatIsoDate(list.sentOn)} to ${count.toLocaleString()} ${count === 1 ? 'client' : 'clients'}`;
}

/** The first year from `from` on that has no list yet. */
function firstFreeYear(years: readonly number[], from: number): number {
  let year = from;
  while (years.includes(year)) year += 1;
  return year;
}

/** /holiday-cards: the lists by year, and a new one for this year or another. */
export function HolidayCardListsPage() {
  const lists = useMailingLists();
  const thisYear = Number(useToday().slice(0, 4));
  const create = useCreateList();
  const hasThisYear = lists?.some((list) => list.year === thisYear) ?? false;
  const newForThisYear = !hasThisYear && (
    <button type="button" className="button button--primary" onClick={() => create(thisYear)}>
      New list for {thisYear}
    </button>
  );

  if (lists === undefined) return <p className="loading">Loading…</p>;
  const years = lists.map((list) => list.year);
  return (
    <div className="holiday-lists-page">
      <PageHeader title="Holiday cards" actions={lists.length > 0 && newForThisYear} />
      {lists.length === 0 ? (
        <EmptyState title="Send holiday cards to the clients who matter" actions={newForThisYear}>
          <p>
            Build a list for the year from simple rules (business and government clients you worked with
            lately, with a postal address and happy to get post), then add or remove people by hand.
          </p>
          <p>
            Clientele checks the addresses, spots two cards going to one office or home, exports the list for
            mail merge in Word, Avery or Canva, and prints address labels on Avery sheets. Next year it tells
            you who got a card last time.
          </p>
        </EmptyState>
      ) : (
        <section className="card" aria-labelledby="lists-heading">
          <h2 id="lists-heading">Your lists</h2>
          <div className="table-scroll">
            <table className="data-table stacking-table">
              <caption className="visually-hidden">Holiday card lists</caption>
              <thead>
                <tr>
                  <th scope="col">List</th>
                  <th scope="col">Year</th>
                  <th scope="col">Cards</th>
                </tr>
              </thead>
              <tbody>
                {lists.map((list) => (
                  <tr key={list.id}>
                    <th scope="row">
                      <Link href={`/holiday-cards/${list.id}`}>{list.name}</Link>
                    </th>
                    <td>{list.year}</td>
                    <td>
                      <span className={`badge ${list.sentOn ? 'badge--sent' : 'badge--draft'}`}>
                        {sentText(list)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <NewListForm years={years} nextYear={firstFreeYear(years, thisYear)} />
    </div>
  );
}
