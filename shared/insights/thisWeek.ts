import { addMonths } from '../dates/isoDate';
import { recentContactCoversNudge } from '../touches/contactNudges';
import { businessByClient, type InsightClient, type InsightProject, type MoneyTotals } from './book';
import { addDays } from './dayNumbers';
import { dueToBuy } from './dueToBuy';
import { lapsedClients } from './lapsed';

type ContactReason = 'lapsed' | 'due' | 'verify';

/** One client to get in touch with this week, and why. */
export interface ContactEntry {
  /** Stable while the reason holds: a done entry stays done until the reason changes. */
  key: string;
  reason: ContactReason;
  clientId: string;
  name: string;
  /** The reason in words ("Bought in March in 2023, 2024 and 2025."). */
  detail: string;
  /** The date the entry turns on: last purchase, expected purchase. */
  date: string;
  valueAtStake?: MoneyTotals;
}

export interface ThisWeekOptions {
  today: string;
  homeCurrency: string;
  lapsedAfterMonths: number;
  /** Clients due to buy are listed this many weeks before the expected purchase. */
  dueToBuyLeadWeeks: number;
  /** ...and still listed this many weeks after it, if they have not bought (overdue). */
  dueToBuyOverdueWeeks: number;
  /** B2B and B2G clients quiet for this many months have their contact details checked. */
  verifyAfterMonths: number;
}

/** Clients due to buy soon (or a little overdue), soonest first. */
export function dueToBuyEntries(
  clients: readonly InsightClient[],
  projects: readonly InsightProject[],
  options: Pick<ThisWeekOptions, 'today' | 'dueToBuyLeadWeeks' | 'dueToBuyOverdueWeeks'>,
): ContactEntry[] {
  const byClient = businessByClient(projects);
  const latest = addDays(options.today, options.dueToBuyLeadWeeks * 7);
  const earliest = addDays(options.today, -options.dueToBuyOverdueWeeks * 7);
  const entries: ContactEntry[] = [];
  for (const client of clients) {
    const list = byClient.get(client.id);
    if (!list || list.length < 3 || client.doNotContact) continue;
    const due = dueToBuy(
      list.map((project) => project.date),
      options.today,
    );
    if (due.expected === null || due.expected > latest || due.expected < earliest) continue;
    // Already bought in the run-up to the expected date: nothing to prompt.
    const last = (list[list.length - 1] as InsightProject).date;
    if (last >= addDays(due.expected, -options.dueToBuyLeadWeeks * 7)) continue;
    const nudge = {
      today: options.today,
      expectedOn: due.expected,
      dueToBuyLeadWeeks: options.dueToBuyLeadWeeks,
    };
    if (recentContactCoversNudge('due', client.lastContactedOn, nudge)) continue;
    entries.push({
      key: `due:${client.id}:${due.expected}`,
      reason: 'due',
      clientId: client.id,
      name: client.name,
      detail: due.reason,
      date: due.expected,
    });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
}

/** Lapsed clients as contact entries, the most valuable first; none contacted recently. */
export function lapsedEntries(
  clients: readonly InsightClient[],
  projects: readonly InsightProject[],
  options: Pick<ThisWeekOptions, 'today' | 'homeCurrency' | 'lapsedAfterMonths'>,
): ContactEntry[] {
  const reachable = clients.filter(
    (client) =>
      !client.doNotContact &&
      !recentContactCoversNudge('lapsed', client.lastContactedOn, { today: options.today }),
  );
  return lapsedClients(reachable, projects, options).map((lapsed) => ({
    key: `lapsed:${lapsed.clientId}:${lapsed.lastDate}`,
    reason: 'lapsed',
    clientId: lapsed.clientId,
    name: lapsed.name,
    detail: `Last bought on ${lapsed.lastDate}.`,
    date: lapsed.lastDate,
    valueAtStake: lapsed.valueAtStake,
  }));
}

/**
 * Business and government clients with no business for `verifyAfterMonths` whose details were
 * not checked since, and no recent contact: the contact may have moved on. Longest quiet first.
 */
export function verifyEntries(
  clients: readonly InsightClient[],
  projects: readonly InsightProject[],
  options: Pick<ThisWeekOptions, 'today' | 'verifyAfterMonths'>,
): ContactEntry[] {
  const cutoff = addMonths(options.today, -options.verifyAfterMonths);
  const byClient = businessByClient(projects);
  const entries: ContactEntry[] = [];
  for (const client of clients) {
    if (client.kind === 'b2c' || client.doNotContact) continue;
    const list = byClient.get(client.id);
    if (!list || list.length === 0) continue;
    const last = (list[list.length - 1] as InsightProject).date;
    if (last >= cutoff || (client.verifiedOn !== '' && client.verifiedOn >= cutoff)) continue;
    if (recentContactCoversNudge('verify', client.lastContactedOn, { today: options.today })) continue;
    entries.push({
      key: `verify:${client.id}:${client.verifiedOn}`,
      reason: 'verify',
      clientId: client.id,
      name: client.name,
      detail: `No business since ${last}; details ${client.verifiedOn ? `last checked ${client.verifiedOn}` : 'never checked'}. Is the contact still there, in the same job?`,
      date: last,
    });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
}

export interface HolidayCardReminder {
  key: string;
  year: number;
  /** What to do, in words. */
  text: string;
  /** The list to open, or '' when this year's has not been started. */
  listId: string;
}

/** From October: this year's holiday-card list, not started or not sent yet. Null out of season or once sent. */
export function holidayCardReminder(
  today: string,
  lists: readonly { id: string; year: number; sentOn: string }[],
): HolidayCardReminder | null {
  const year = Number(today.slice(0, 4));
  if (Number(today.slice(5, 7)) < 10) return null;
  const list = lists.find((candidate) => candidate.year === year);
  if (!list)
    return { key: `cards:${year}:start`, year, listId: '', text: `Start the ${year} holiday-card list.` };
  if (list.sentOn !== '') return null;
  return {
    key: `cards:${year}:send`,
    year,
    listId: list.id,
    text: `The ${year} holiday-card list is started but not sent yet.`,
  };
}

/** A remembered done or snooze for a home entry. */
export interface HomeDismissal {
  id: string;
  /** YYYY-MM-DD the entry comes back, or '' when it is done for good (until its reason changes). */
  until: string;
  createdAt: string;
  updatedAt: string;
}

/** True when the entry was marked done, or snoozed until a day still to come. */
export function isDismissed(
  key: string,
  dismissals: ReadonlyMap<string, HomeDismissal>,
  today: string,
): boolean {
  const dismissal = dismissals.get(key);
  if (!dismissal) return false;
  return dismissal.until === '' || dismissal.until > today;
}
