import type { TraceFigures } from '@shared/insights/figures';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useInsightsFigures } from '../../db/useInsightsFigures';
import { PageHeader } from '../../ui/PageHeader';
import { TraceSession } from './TraceSession';

/** Reverse tracking: go through clients with no known source, newest first, one key per answer. */
export function TracePage() {
  // The queue is fixed when the screen opens, so tracing a client does not reshuffle the rest.
  const [session, setSession] = useState<TraceFigures | null>(null);
  return (
    <div className="insights-page">
      <p className="breadcrumb">
        <Link href="/marketing">Marketing</Link>
      </p>
      <PageHeader
        title="Trace where clients came from"
        subtitle="Clients with no known source, newest first: you remember recent ones fastest."
      />
      {session === null ? (
        <TraceQueueLoader onLoaded={setSession} />
      ) : session.queue.length === 0 ? (
        <p>Every client has a known source. New clients get one on the client form.</p>
      ) : (
        <TraceSession queue={session.queue} choices={session.choices} />
      )}
    </div>
  );
}

/**
 * Waits for a queue computed from the data as it is now (never an out-of-date one, which could
 * offer clients already traced), then lets go: the session's own writes need no recomputing.
 */
function TraceQueueLoader({ onLoaded }: { onLoaded: (figures: TraceFigures) => void }) {
  const trace = useInsightsFigures({ screen: 'trace', options: {} });
  useEffect(() => {
    if (trace.figures && trace.current) onLoaded(trace.figures);
  }, [trace, onLoaded]);
  if (trace.failure)
    return (
      <p className="form-error" role="alert">
        {trace.failure}
      </p>
    );
  return (
    <p className="loading" aria-live="polite">
      Finding clients with no known source…
    </p>
  );
}
