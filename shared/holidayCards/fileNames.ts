import { foldForMatching } from '../text/normalize';
import type { MailingList } from './mailingList';

function slug(text: string): string {
  return foldForMatching(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name for something made from the list: "Holiday cards 2026" gives
 * "holiday-cards-2026.csv", or "holiday-cards-2026-labels.pdf" with a suffix. Letters of any
 * script are kept; everything a file system could object to becomes a dash.
 */
export function mailingFileName(
  list: Pick<MailingList, 'name' | 'year'>,
  extension: string,
  suffix = '',
): string {
  const base = slug(list.name).slice(0, 100) || `holiday-cards-${list.year}`;
  const ending = slug(suffix);
  return `${ending === '' ? base : `${base}-${ending}`}.${extension}`;
}
