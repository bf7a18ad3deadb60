import type { MailingList } from './mailingList';
import { type RecipientCandidate, recipientDecider } from './selectRecipients';

/**
 * A test for "is this client on this year's holiday-card list", from the year's lists: a list
 * already sent counts who got a card; one not sent yet asks its rules and hand picks. Null when
 * there is no list for the year.
 */
export function cardListTest(
  lists: readonly MailingList[],
  today: string,
): ((client: RecipientCandidate) => boolean) | null {
  const year = Number(today.slice(0, 4));
  const tests = lists
    .filter((list) => list.year === year)
    .map((list): ((client: RecipientCandidate) => boolean) => {
      if (list.sentOn !== '') {
        const sent = new Set(list.sentClientIds);
        return (client) => sent.has(client.id);
      }
      const decide = recipientDecider(list, today);
      return (client) => decide(client).included;
    });
  if (tests.length === 0) return null;
  return (client) => tests.some((test) => test(client));
}
