/** A new stable record id. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current moment as an ISO date-time, for createdAt and updatedAt. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
