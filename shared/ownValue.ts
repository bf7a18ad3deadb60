/**
 * The value a lookup table holds for a key read from a file, or undefined. Only the table's own
 * keys count: a cell saying "constructor" or "__proto__" must not find what every object inherits.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
