import { nowIso } from '../ids';
import type { MailingList } from './mailingList';

type SentListFacts = Pick<MailingList, 'year' | 'sentOn' | 'sentClientIds'> & { unlockedAt?: string };

const monthDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthDayYear = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A list marked as sent is locked: its rules and hand-made choices record who got a card, so
 * they change only after the user unlocks it on purpose. Marking it sent again locks it again.
 */
export function isListLocked(list: SentListFacts): boolean {
  return list.sentOn !== '' && !list.unlockedAt;
}

/** True when a sent list was unlocked for editing: its sent record stays as it was. */
export function isSentListUnlocked(list: SentListFacts): boolean {
  return list.sentOn !== '' && Boolean(list.unlockedAt);
}

/** "Nov 29" for a list of the year it was sent in, "Jan 3, 2027" when sent in another year. */
export function sentOnText(list: Pick<MailingList, 'year' | 'sentOn'>): string {
  const date = new Date(`${list.sentOn}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return list.sentOn;
  return date.getUTCFullYear() === list.year ? monthDay.format(date) : monthDayYear.format(date);
}

function clientCount(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'client' : 'clients'}`;
}

/** What the user is asked before a sent list changes. */
export function unlockQuestion(list: SentListFacts): string {
  return `This list was sent on ${sentOnText(list)} to ${clientCount(list.sentClientIds.length)}: unlock and edit?`;
}

/** Why a change to a locked list was refused, for a change that did not ask first. */
export function lockedListMessage(list: SentListFacts): string {
  return `This list was sent on ${sentOnText(list)} to ${clientCount(list.sentClientIds.length)} and is locked. Unlock it to edit.`;
}

export function unlockSentList(list: MailingList, now: Date = new Date()): MailingList {
  const stamp = nowIso(now);
  return { ...list, unlockedAt: stamp, updatedAt: stamp };
}

export function lockSentList(list: MailingList, now: Date = new Date()): MailingList {
  return { ...list, unlockedAt: '', updatedAt: nowIso(now) };
}
