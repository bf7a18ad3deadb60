/** Compares "1.2.3" style versions numerically; a pre-release suffix is ignored. Negative when a < b. */
export function compareAppVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .split(/[-+]/)[0]
      ?.split('.')
      .map((part) => Number(part) || 0) ?? [];
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
