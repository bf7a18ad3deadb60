import type { CardOverview } from '@shared/holidayCards';

interface CardBadgesProps {
  overview: CardOverview;
  /** The year of the list this one is compared with, or null when there is none. */
  previousYear: number | null;
  listYear: number;
}

/** What to know about a card: added by hand, new or sent last time, merged, address problems. */
export function CardBadges({ overview, previousYear, listYear }: CardBadgesProps) {
  const { card, problems, addedByHand, lastYear } = overview;
  const lastTime = previousYear === listYear - 1 ? 'last year' : `in ${previousYear}`;
  const merged = card.entryIds.length > 1 && card.choice !== 'per-person';
  const hasBadges = addedByHand || lastYear !== null || merged;
  return (
    <>
      {hasBadges && (
        <ul className="badges" aria-label="Badges">
          {addedByHand && <li className="badge badge--hand">Added by hand</li>}
          {lastYear === 'new' && <li className="badge badge--new">New this year</li>}
          {lastYear === 'again' && <li className="badge badge--again">Got a card {lastTime}</li>}
          {merged && <li className="badge badge--merged">One card for {card.entryIds.length} people</li>}
        </ul>
      )}
      {problems.length > 0 && (
        <ul className="address-problems" aria-label="Address problems">
          {problems.map((problem) => (
            <li key={problem.message}>{problem.message}</li>
          ))}
        </ul>
      )}
    </>
  );
}
