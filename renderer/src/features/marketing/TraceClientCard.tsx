import { clientDisplayName } from '@shared/clients/names';
import { type Client, clientKindLabels } from '@shared/model/client';
import { Link } from 'wouter';

/** What helps remember how a client found you: who, since when, and what they bought. */
export function TraceClientCard({ client }: { client: Client | null }) {
  if (!client) return <p className="loading">Loading…</p>;
  const person = client.contacts[0];
  const email = person?.emails[0]?.value;
  return (
    <section className="card" aria-label="Client to trace">
      <p className="trace-client" data-client-id={client.id}>
        <Link href={`/clients/${client.id}`}>{clientDisplayName(client)}</Link>
      </p>
      <p className="muted">
        {clientKindLabels[client.kind]}
        {client.address.city ? ` · ${client.address.city}` : ''}
        {email ? ` · ${email}` : ''}
      </p>
      <p>
        In the book since {client.createdAt.slice(0, 10)}
        {client.firstProjectDate
          ? `; first project ${client.firstProjectDate}, ${client.projectCount} in all`
          : '; no projects yet'}
        .
      </p>
    </section>
  );
}
