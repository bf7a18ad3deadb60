import type { TraceChoice } from '@shared/insights/tracing';
import type { ClientActivityLink } from '@shared/model/marketing';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/appDatabase';
import { useClient } from '../../db/hooks/clientHooks';
import { clientActivityLinkOf, linkClient, restoreLink } from '../../db/marketingRepository';
import { showError } from '../../state/toastStore';
import { TraceClientCard } from './TraceClientCard';

interface Step {
  clientId: string;
  /** What was recorded before this step, to put back on undo; null for a skip. */
  previous: ClientActivityLink | undefined | null;
  label: string;
}

/** The triage itself: the current client, a key per activity or channel, skip and undo. */
export function TraceSession({
  queue,
  choices,
}: {
  queue: readonly string[];
  choices: readonly TraceChoice[];
}) {
  const [position, setPosition] = useState(0);
  const [steps, setSteps] = useState<Step[]>([]);
  const [busy, setBusy] = useState(false);
  const clientId = queue[position];
  const traced = steps.filter((step) => step.previous !== null).length;
  const lastStep = steps[steps.length - 1];
  const current = useClient(clientId);

  const choose = useCallback(
    async (choice: TraceChoice) => {
      if (!clientId || busy) return;
      setBusy(true);
      try {
        const previous = await clientActivityLinkOf(db, clientId);
        await linkClient(db, clientId, {
          activityId: choice.kind === 'activity' ? choice.activityId : '',
          channel: choice.channel,
        });
        setSteps((list) => [...list, { clientId, previous, label: choice.label }]);
        setPosition((index) => index + 1);
      } catch (error) {
        showError(error);
      } finally {
        setBusy(false);
      }
    },
    [clientId, busy],
  );
  const skip = useCallback(() => {
    if (!clientId) return;
    setSteps((list) => [...list, { clientId, previous: null, label: 'skipped' }]);
    setPosition((index) => index + 1);
  }, [clientId]);
  const undo = useCallback(async () => {
    const step = steps[steps.length - 1];
    if (!step || busy) return;
    setBusy(true);
    try {
      if (step.previous !== null) await restoreLink(db, step.clientId, step.previous);
      setSteps((list) => list.slice(0, -1));
      setPosition((index) => Math.max(0, index - 1));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [steps, busy]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      const key = event.key.toLowerCase();
      if (key === 's') skip();
      else if (key === 'u') void undo();
      else {
        const choice = choices.find((entry) => entry.key === key);
        if (!choice) return;
        void choose(choice);
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choices, choose, skip, undo]);

  return (
    <div className="trace-session">
      <p role="status" className="trace-progress">
        {traced.toLocaleString()} of {queue.length.toLocaleString()} clients traced
        {steps.length > traced ? `, ${(steps.length - traced).toLocaleString()} skipped` : ''}
        {lastStep ? `. Last: ${lastStep.label}.` : '.'}
      </p>
      {clientId ? (
        <TraceClientCard client={current ?? null} />
      ) : (
        <p>
          That was the last one. <Link href="/marketing">See what marketing brought</Link>.
        </p>
      )}
      <h2>How did they find you?</h2>
      <p className="muted">
        Press a key or click. <kbd>S</kbd> skips, <kbd>U</kbd> undoes the last one.
      </p>
      <ul className="trace-keys">
        {choices.map((choice) => (
          <li key={choice.key}>
            <button
              type="button"
              className="button"
              disabled={!clientId || busy}
              onClick={() => choose(choice)}
            >
              <kbd>{choice.key.toUpperCase()}</kbd>
              {choice.kind === 'activity' ? choice.label : `Channel: ${choice.label}`}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button" disabled={!clientId} onClick={skip}>
            <kbd>S</kbd>Skip
          </button>
        </li>
        <li>
          <button
            type="button"
            className="button"
            disabled={steps.length === 0 || busy}
            onClick={() => undo()}
          >
            <kbd>U</kbd>Undo
          </button>
        </li>
      </ul>
    </div>
  );
}
