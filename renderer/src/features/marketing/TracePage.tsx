import { traceChoices, untracedClientIds } from '@shared/insights';
import { marketingChannelLabels } from '@shared/model/marketing';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { PageHeader } from '../../ui/PageHeader';
import { useInsightsBook } from '../insights/useInsightsBook';
import { TraceSession } from './TraceSession';

/** Reverse tracking: go through clients with no known source, newest first, one key per answer. */
export function TracePage() {
  const book = useInsightsBook();
  const [queue, setQueue] = useState<string[] | null>(null);
  // The queue is fixed when the screen opens, so tracing a client does not reshuffle the rest.
  useEffect(() => {
    if (book && queue === null) setQueue(untracedClientIds(book.clients, book.links));
  }, [book, queue]);
  const choices = useMemo(() => (book ? traceChoices(book.activities, marketingChannelLabels) : []), [book]);
  return (
    <div className="insights-page">
      <p className="breadcrumb">
        <Link href="/marketing">Marketing</Link>
      </p>
      <PageHeader
        title="Trace where clients came from"
        subtitle="Clients with no known source, newest first: you remember recent ones fastest."
      />
      {!book || queue === null ? (
        <p className="loading" aria-live="polite">
          Finding clients with no known source…
        </p>
      ) : queue.length === 0 ? (
        <p>Every client has a known source. New clients get one on the client form.</p>
      ) : (
        <TraceSession queue={queue} choices={choices} />
      )}
    </div>
  );
}
