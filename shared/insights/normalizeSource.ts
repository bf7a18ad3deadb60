/** "  Chamber of Commerce Breakfast " and "chamber of commerce breakfast" are the same source. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
