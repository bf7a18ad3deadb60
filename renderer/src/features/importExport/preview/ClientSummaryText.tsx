import type { ClientSummary } from '@shared/import';

/** A client in a table cell: name, then what tells it apart (organization, people, email, phone, place). */
export function ClientSummaryText({ summary }: { summary: ClientSummary }) {
  const details = [
    summary.organization !== summary.name ? summary.organization : '',
    ...summary.people,
    summary.email,
    summary.phone,
    summary.place,
  ].filter(Boolean);
  return (
    <>
      <span className="import-summary__name">{summary.name}</span>
      {details.length > 0 && <span className="import-summary__details">{details.join(' · ')}</span>}
    </>
  );
}
