import { cardListTest } from '@shared/holidayCards/cardListMembership';
import { newMailingList } from '@shared/holidayCards/mailingList';
import { describe, expect, it } from 'vitest';
import { storedClient } from '../../support/clients';

const today = '2026-11-23';

describe("this year's card list", () => {
  it('is none when there is no list for this year', () => {
    expect(cardListTest([newMailingList(2025)], today)).toBeNull();
  });

  it('takes the clients the rules and hand picks put on an unsent list', () => {
    const list = { ...newMailingList(2026), addedClientIds: ['picked'] };
    const onList = cardListTest([list], today);
    const customer = storedClient('picked', { kind: 'b2c' });
    const stranger = storedClient('other', { kind: 'b2c' });
    expect(onList?.(customer)).toBe(true);
    expect(onList?.(stranger)).toBe(false);
  });

  it('takes who got a card once the list was sent', () => {
    const list = { ...newMailingList(2026), sentOn: '2026-11-29', sentClientIds: ['sent'] };
    const onList = cardListTest([list], today);
    expect(onList?.(storedClient('sent', { kind: 'b2c' }))).toBe(true);
    expect(onList?.(storedClient('late', { kind: 'b2b' }))).toBe(false);
  });
});
