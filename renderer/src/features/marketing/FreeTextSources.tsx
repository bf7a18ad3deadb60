import type { RepeatedSource } from '@shared/insights/figures';
import type { Shown } from '@shared/insights/figures/shownFigures';
import type { MarketingActivityDetails } from '@shared/model/marketing';
import { useId } from 'react';
import { db } from '../../db/appDatabase';
import { clientIdsInWorker } from '../../db/insightsWorker/insightsWorkerClient';
import { activityFromFreeText, undoActivityFromFreeText } from '../../db/marketingRepository';
import { showError, showToast } from '../../state/toastStore';
import { useOpenClients } from '../insights/useOpenClients';

const shown = 10;

/** Sources typed in by hand for several clients, offered as activities so they can be assessed. */
export function FreeTextSources({ sources }: { sources: readonly Shown<RepeatedSource>[] }) {
  const headingId = useId();
  const openClients = useOpenClients();
  if (sources.length === 0) return null;

  const turnIntoActivity = async ({ text, clientIds: clients, firstSeen }: Shown<RepeatedSource>) => {
    const details: MarketingActivityDetails = {
      name: text,
      channel: 'other',
      objective: 'new-clients',
      startDate: firstSeen,
      endDate: '',
      spend: [],
      hours: 0,
      tracking: 'answer',
      trackingDetail: text,
      reach: [],
      notes: 'Made from a source typed in for several clients.',
    };
    try {
      const clientIds = await clientIdsInWorker(clients.ref);
      const id = await activityFromFreeText(db, details, clientIds);
      showToast(
        `Made the activity “${text}” with ${clientIds.length} clients. Edit it to set its channel and costs.`,
        () => undoActivityFromFreeText(db, id),
      );
    } catch (error) {
      showError(error);
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Sources typed in for several clients</h2>
      <p className="muted">
        These sources were typed on client forms. Turn one into an activity to count its clients and costs;
        the typed text stays on each client.
      </p>
      <ul className="contact-list">
        {sources.slice(0, shown).map((source) => (
          <li key={source.text} className="contact-list__entry">
            <span className="contact-list__text">
              <strong>{source.text}</strong>
              <button
                type="button"
                className="link-button"
                onClick={() => openClients(`clients whose source is “${source.text}”`, source.clientIds)}
              >
                {source.clientIds.count} clients
              </button>
            </span>
            <button type="button" className="button" onClick={() => turnIntoActivity(source)}>
              Turn into an activity
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
