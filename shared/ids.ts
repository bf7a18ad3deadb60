/** Hex digits of every byte value, for writing ids. */
const hexDigits = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const idsPerRefill = 512;
const randomBytes = new Uint8Array(16 * idsPerRefill);
let nextByte = randomBytes.length;

/**
 * A new stable record id: a random (version 4) UUID, as crypto.randomUUID() writes it. Random
 * bytes are drawn from crypto.getRandomValues 512 ids at a time, because an import gives every
 * person of tens of thousands of clients an id and one randomUUID call each cost more than
 * reading the row they came from.
 */
export function newId(): string {
  if (nextByte === randomBytes.length) {
    crypto.getRandomValues(randomBytes);
    nextByte = 0;
  }
  const at = nextByte;
  nextByte += 16;
  const hex = (offset: number) => hexDigits[randomBytes[at + offset] as number] as string;
  const version = hexDigits[((randomBytes[at + 6] as number) & 0x0f) | 0x40] as string;
  const variant = hexDigits[((randomBytes[at + 8] as number) & 0x3f) | 0x80] as string;
  return [
    hex(0) + hex(1) + hex(2) + hex(3),
    hex(4) + hex(5),
    version + hex(7),
    variant + hex(9),
    hex(10) + hex(11) + hex(12) + hex(13) + hex(14) + hex(15),
  ].join('-');
}

/** The current moment as an ISO date-time, for createdAt and updatedAt. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
