import type { MailingList, MailingRules } from '@shared/holidayCards';
import type { Client } from '@shared/model/client';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { useMailingLists } from '../../db/hooks/mailingHooks';
import { saveMailingRules } from '../../db/mailingListsRepository';
import { EmptyState } from '../../ui/EmptyState';
import { AddByHandSearch } from './AddByHandSearch';
import { CardsSection } from './CardsSection';
import { usePreparedEntries } from './clientEntries';
import { DuplicatesSection } from './DuplicatesSection';
import { LeftOutSection } from './LeftOutSection';
import { ListActions } from './ListActions';
import { ListHeader } from './ListHeader';
import { LabelsPanel, type LabelsPanelMode } from './labels/LabelsPanel';
import { RulesPanel } from './RulesPanel';
import { SentListLock } from './SentListLock';
import { useMailingCandidates, useMailingOverview } from './useMailingOverview';
import { useSavedValue } from './useSavedValue';

/** /holiday-cards/:id — one year's list: its rules, cards, checks and the ways out. */
export function MailingListPage() {
  const { id } = useParams<{ id: string }>();
  const lists = useMailingLists();
  const list = lists?.find((each) => each.id === id);

  if (lists === undefined) return <p className="loading">Loading…</p>;
  if (!list) {
    return (
      <EmptyState
        title="This list no longer exists"
        actions={
          <Link href="/holiday-cards" className="button">
            Back to holiday cards
          </Link>
        }
      >
        <p>It may have been deleted.</p>
      </EmptyState>
    );
  }
  return <MailingListView key={list.id} stored={list} lists={lists} />;
}

/**
 * The list as its rule controls show it: a changed rule re-filters the cards at once, in
 * memory, while the change is saved, so the cards never wait for the database round trip.
 */
function MailingListView({ stored, lists }: { stored: MailingList; lists: MailingList[] }) {
  const [rules, saveRules] = useSavedValue(stored.rules, (next) => saveMailingRules(db, stored.id, next));
  const list = useMemo(() => (rules === stored.rules ? stored : { ...stored, rules }), [stored, rules]);
  const clients = useMailingCandidates(list);
  if (!clients) return <p className="loading">Loading clients…</p>;
  return <MailingListBody list={list} lists={lists} clients={clients} onRulesChange={saveRules} />;
}

interface MailingListBodyProps {
  list: MailingList;
  lists: MailingList[];
  clients: Client[];
  onRulesChange: (rules: MailingRules) => void;
}

function MailingListBody({ list, lists, clients, onRulesChange }: MailingListBodyProps) {
  const settings = useSettings();
  const today = useToday();
  const overview = useMailingOverview(list, lists, clients, settings, today);
  usePreparedEntries(clients, settings);
  const [labelsMode, setLabelsMode] = useState<LabelsPanelMode | null>(null);
  return (
    <article className="mailing-list-page">
      <ListHeader list={list} />
      <ListActions list={list} overview={overview} today={today} onOpenLabels={setLabelsMode} />
      {labelsMode && (
        <LabelsPanel
          list={list}
          cards={overview.cards}
          mode={labelsMode}
          onModeChange={setLabelsMode}
          onClose={() => setLabelsMode(null)}
        />
      )}
      <SentListLock list={list}>
        <div className="mailing-list-page__columns">
          <RulesPanel rules={list.rules} onChange={onRulesChange} clients={clients} overview={overview} />
          <div className="mailing-list-page__main">
            <DuplicatesSection list={list} overview={overview} />
            <CardsSection list={list} overview={overview} />
            <AddByHandSearch list={list} clients={clients} today={today} />
            <LeftOutSection list={list} overview={overview} />
          </div>
        </div>
      </SentListLock>
    </article>
  );
}
