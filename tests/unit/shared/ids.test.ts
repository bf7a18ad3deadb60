import { newId } from '@shared/ids';
import { describe, expect, it } from 'vitest';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('writes random version 4 UUIDs, as crypto.randomUUID does', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    for (const id of ids) expect(id).toMatch(uuidV4);
  });

  it('never repeats an id, across many refills of its random bytes', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => newId()));
    expect(ids.size).toBe(20_000);
  });
});
