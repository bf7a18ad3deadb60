/**
 * The order clients are listed in everywhere: by sort name (plain code-unit order, which is what
 * sortName is folded for), then by id so that two clients of one name keep their places.
 */
export function bySortName(a: { sortName: string; id: string }, b: { sortName: string; id: string }): number {
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
