import { prepareInsightsFigures } from './appDatabase';
import { dueFollowUpsFirstPage } from './dueFollowUps';
import { bookHasClients } from './hasClients';

/**
 * Starts, once the database is open, the small reads Home shows first (welcome panel or this
 * week; today's due follow-ups, also counted in the navigation; the insights figures saved last
 * time and whether they are current), so opening Home later renders them without waiting on
 * IndexedDB.
 */
export function startHomeReads(today: string): void {
  bookHasClients.start();
  dueFollowUpsFirstPage(today).start();
  prepareInsightsFigures();
}
