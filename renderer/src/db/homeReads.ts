import { dueFollowUpsFirstPage } from './dueFollowUps';
import { bookHasClients } from './hasClients';

/**
 * Starts, once the database is open, the two small reads Home shows first (welcome panel or
 * this week; today's due follow-ups, also counted in the navigation), so opening Home later
 * renders them without waiting on IndexedDB.
 */
export function startHomeReads(today: string): void {
  bookHasClients.start();
  dueFollowUpsFirstPage(today).start();
}
