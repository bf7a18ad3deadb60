/**
 * Wraps a function so that a call with the same first `keyCount` arguments (by identity) as the
 * last call returns the last result. Module-level, so it outlives the component: opening a
 * list again works nothing out again unless its clients, rules or choices changed.
 */
export function rememberLast<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
  keyCount: number,
): (...args: A) => R {
  let last: { keys: unknown[]; result: R } | null = null;
  return (...args: A) => {
    const keys = args.slice(0, keyCount);
    if (last?.keys.every((key, index) => Object.is(key, keys[index]))) return last.result;
    const result = compute(...args);
    last = { keys, result };
    return result;
  };
}
