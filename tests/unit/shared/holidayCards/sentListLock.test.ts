import {
  isListLocked,
  isSentListUnlocked,
  lockSentList,
  markListNotSent,
  markListSent,
  newMailingList,
  unlockQuestion,
  unlockSentList,
} from '@shared/holidayCards';
import { describe, expect, it } from 'vitest';

const now = new Date('2026-12-02T10:00:00Z');
const clientIds = Array.from({ length: 54 }, (_, index) => `client-${index}`);

describe('a sent list is locked', () => {
  it('is open to edits until marked sent, then locked', () => {
    const list = newMailingList(2026, now, 'list');
    expect(isListLocked(list)).toBe(false);
    expect(isListLocked(markListSent(list, clientIds, '2026-11-29', now))).toBe(true);
  });

  it('asks with the date and how many clients got a card', () => {
    const sent = markListSent(newMailingList(2026, now, 'list'), clientIds, '2026-11-29', now);
    expect(unlockQuestion(sent)).toBe('This list was sent on Nov 29 to 54 clients: unlock and edit?');
    const sentNextJanuary = markListSent(newMailingList(2026, now, 'list'), ['one'], '2027-01-03', now);
    expect(unlockQuestion(sentNextJanuary)).toBe(
      'This list was sent on Jan 3, 2027 to 1 client: unlock and edit?',
    );
  });

  it('unlocks on purpose, keeping the record of who got a card, and locks again', () => {
    const sent = markListSent(newMailingList(2026, now, 'list'), clientIds, '2026-11-29', now);
    const unlocked = unlockSentList(sent, now);
    expect(isListLocked(unlocked)).toBe(false);
    expect(isSentListUnlocked(unlocked)).toBe(true);
    expect(unlocked.sentOn).toBe('2026-11-29');
    expect(unlocked.sentClientIds).toEqual(sent.sentClientIds);
    expect(isListLocked(lockSentList(unlocked, now))).toBe(true);
  });

  it('locks again when marked sent anew, and a list marked not sent is simply open', () => {
    const sent = markListSent(newMailingList(2026, now, 'list'), clientIds, '2026-11-29', now);
    const resent = markListSent(unlockSentList(sent, now), clientIds, '2026-12-01', now);
    expect(isListLocked(resent)).toBe(true);
    const notSent = markListNotSent(unlockSentList(sent, now), now);
    expect(isListLocked(notSent)).toBe(false);
    expect(isSentListUnlocked(notSent)).toBe(false);
  });

  it('treats a list stored before locking existed as locked once sent', () => {
    const { unlockedAt: _unlockedAt, ...stored } = markListSent(
      newMailingList(2026, now, 'l'),
      ['a'],
      '2026-11-29',
      now,
    );
    expect(isListLocked(stored)).toBe(true);
  });
});
