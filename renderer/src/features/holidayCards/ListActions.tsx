import { csvBytes } from '@shared/csv/writeCsv';
import { type MailingList, mailingFileName, mailMergeCsv } from '@shared/holidayCards';
import { labelTextOptionsFrom } from '@shared/labels';
import { useSettings } from '../../app/useSettings';
import { bridge } from '../../bridge';
import { db } from '../../db/appDatabase';
import { markMailingListNotSent, markMailingListSent } from '../../db/mailingListsRepository';
import { showError, showToast } from '../../state/toastStore';
import type { LabelsPanelMode } from './labels/LabelsPanel';
import type { MailingOverviewState } from './useMailingOverview';

interface ListActionsProps {
  list: MailingList;
  overview: MailingOverviewState;
  today: string;
  onOpenLabels: (mode: LabelsPanelMode) => void;
}

/** One formatter for every count: toLocaleString builds a new one on each call. */
const counts = new Intl.NumberFormat();

function plural(count: number, one: string, many: string): string {
  return `${counts.format(count)} ${count === 1 ? one : many}`;
}

/** What to do with the list: export it, print labels, and record that the cards went out. */
export function ListActions({ list, overview, today, onOpenLabels }: ListActionsProps) {
  const cardCount = overview.cards.length;
  const clientCount = overview.recipientClientIds.length;
  const settings = useSettings();

  const exportCsv = async () => {
    try {
      // The address columns follow the label text options, so a merged label matches a printed one.
      const options = labelTextOptionsFrom(settings.labelTextOptions);
      const cards = overview.cards.map(({ card }) => card);
      const csv = mailMergeCsv(cards, options, settings.ownAddress.country);
      const suggestedName = mailingFileName(list, 'csv');
      const result = await bridge.saveFile({ suggestedName, kind: 'csv', bytes: csvBytes(csv) });
      if (result.saved) showToast(`Exported ${plural(cardCount, 'card', 'cards')} to ${result.fileName}.`);
    } catch (error) {
      showError(error);
    }
  };

  const markSent = async () => {
    try {
      await markMailingListSent(db, list.id, overview.recipientClientIds, today);
      showToast(`Marked as sent to ${plural(clientCount, 'client', 'clients')}.`, () =>
        markMailingListNotSent(db, list.id),
      );
    } catch (error) {
      showError(error);
    }
  };

  const markNotSent = async () => {
    const { sentOn, sentClientIds } = list;
    try {
      await markMailingListNotSent(db, list.id);
      showToast('Marked as not sent.', () => markMailingListSent(db, list.id, sentClientIds, sentOn));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <section className="card list-actions" aria-labelledby="list-actions-heading">
      <h2 id="list-actions-heading" className="list-actions__summary">
        {plural(cardCount, 'card', 'cards')} to {plural(clientCount, 'client', 'clients')}
      </h2>
      <div className="list-actions__buttons">
        <button type="button" className="button" onClick={exportCsv} disabled={cardCount === 0}>
          Export for mail merge (CSV)
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onOpenLabels('recipients')}
          disabled={cardCount === 0}
        >
          Print labels
        </button>
        <button type="button" className="button" onClick={() => onOpenLabels('return-address')}>
          Return-address labels
        </button>
        {list.sentOn ? (
          <button type="button" className="button" onClick={markNotSent}>
            Mark as not sent
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={markSent}
            disabled={clientCount === 0}
          >
            Mark as sent
          </button>
        )}
      </div>
      {cardCount === 0 && (
        <p className="muted">No cards yet: loosen the rules, or add clients by hand below.</p>
      )}
    </section>
  );
}
