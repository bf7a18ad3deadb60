import {
  type DuplicateCase,
  duplicateChoiceLabels,
  effectiveChoice,
  type MailingEntry,
  type MailingList,
} from '@shared/holidayCards';
import { db } from '../../db/appDatabase';
import { chooseDuplicateOption } from '../../db/mailingListsRepository';
import { Pager, usePage } from './Pager';
import { useListEdit } from './SentListLock';
import type { MailingOverviewState } from './useMailingOverview';
import { useSavedValue } from './useSavedValue';

type CardOverviews = MailingOverviewState['cards'];

interface CaseProps {
  list: MailingList;
  found: DuplicateCase;
  index: number;
  cards: CardOverviews;
  entryById: Map<string, MailingEntry>;
}

function DuplicateCaseChoice({ list, found, index, cards, entryById }: CaseProps) {
  const [chosen, choose] = useSavedValue(effectiveChoice(found, list.duplicateChoices), (choice) =>
    chooseDuplicateOption(db, list.id, found.id, choice),
  );
  const edit = useListEdit();
  const people = found.entryIds.map((id) => {
    const entry = entryById.get(id);
    return entry ? entry.name || entry.organization : '';
  });
  const legendId = `duplicate-${index}-legend`;
  return (
    <fieldset className="duplicate-case" aria-labelledby={legendId}>
      <legend id={legendId}>{found.description}</legend>
      <p className="muted">{people.filter(Boolean).join(', ')}</p>
      <div className="duplicate-case__options">
        {found.options.map((option) => (
          <label key={option} className="duplicate-case__option">
            <input
              type="radio"
              name={`duplicate-${index}`}
              value={option}
              checked={chosen === option}
              onChange={() => edit(() => choose(option))}
            />
            {duplicateChoiceLabels[option]}
          </label>
        ))}
      </div>
      <p className="duplicate-case__result">
        {cards.length === 1 ? 'The card: ' : `${cards.length} cards: `}
        {cards.map(({ card }) => card.greeting).join(' · ')}
      </p>
    </fieldset>
  );
}

/** Two contacts at one organization, or several people at one address: one choice per case. */
export function DuplicatesSection({ list, overview }: { list: MailingList; overview: MailingOverviewState }) {
  const paging = usePage(overview.cases, 10);
  if (overview.cases.length === 0) return null;
  const entryById = new Map(overview.entries.map((entry) => [entry.id, entry]));
  const cardsByCase = new Map<string, CardOverviews>();
  for (const card of overview.cards) {
    if (card.card.caseId)
      cardsByCase.set(card.card.caseId, [...(cardsByCase.get(card.card.caseId) ?? []), card]);
  }
  return (
    <section className="card" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Several cards to one place ({overview.cases.length.toLocaleString()})</h2>
      <p className="muted">
        Choose for each whether one card goes to the organization, one to each person, or one names everyone.
      </p>
      {paging.items.map((found, index) => (
        <DuplicateCaseChoice
          key={found.id}
          list={list}
          found={found}
          index={paging.first + index}
          cards={cardsByCase.get(found.id) ?? []}
          entryById={entryById}
        />
      ))}
      <Pager label="Duplicates" paging={paging} />
    </section>
  );
}
