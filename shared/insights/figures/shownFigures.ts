/**
 * The figures a screen shows, without the client ids behind them. At tens of thousands of
 * clients the ids are hundreds of thousands of strings: copying them out of the worker (or out
 * of the saved figures) blocked the window for a second. Each id list becomes a count and a
 * reference; the worker, which keeps the full figures, answers a reference with the ids when
 * the user clicks through to the clients.
 */

/** The clients behind a figure: how many, and where the worker finds their ids. */
export interface ClientGroup {
  count: number;
  /** Opaque: which figures (screen, options and data stamp) and where in them. */
  ref: string;
}

type IdListKey = 'clientIds' | `${string}ClientIds`;

/** A figures type with each client id list (`clientIds`, `…ClientIds`) replaced by a ClientGroup. */
export type Shown<T> =
  T extends ReadonlyMap<infer K, infer V>
    ? ReadonlyMap<K, Shown<V>>
    : T extends readonly (infer U)[]
      ? Shown<U>[]
      : T extends object
        ? { [P in keyof T]: P extends IdListKey ? ClientGroup : Shown<T[P]> }
        : T;

function isIdListKey(key: string): boolean {
  return key === 'clientIds' || key.endsWith('ClientIds');
}

/** Which figures a reference points into; `source` is the figures key and data stamp. */
function groupRef(source: string, path: readonly (string | number)[]): string {
  return JSON.stringify([source, path]);
}

/** Where a reference points: the figures it came from, and the path to its id list in them. */
export function parseGroupRef(ref: string): { source: string; path: (string | number)[] } {
  const [source, path] = JSON.parse(ref) as [string, (string | number)[]];
  return { source, path };
}

/** The figures without their id lists; `source` names them (figures key and stamp) in each reference. */
export function shownFigures<T>(figures: T, source: string): Shown<T> {
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (value instanceof Map) return value;
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (value === null || typeof value !== 'object') return value;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      result[key] =
        isIdListKey(key) && Array.isArray(item)
          ? ({ count: item.length, ref: groupRef(source, [...path, key]) } satisfies ClientGroup)
          : walk(item, [...path, key]);
    }
    return result;
  };
  return walk(figures, []) as Shown<T>;
}

/** The client ids a reference points to in the full figures; empty when the path leads nowhere. */
export function clientIdsAt(figures: unknown, path: readonly (string | number)[]): string[] {
  let value: unknown = figures;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return [];
    value = (value as Record<string | number, unknown>)[step];
  }
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
