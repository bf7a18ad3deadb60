import { formatAddressLines } from '../holidayCards/formatAddress';
import type { PostalAddress } from '../model/client';
import { collapseWhitespace } from '../text/normalize';

/**
 * A sheet's worth (or any number) of return-address labels: the user's own name and address
 * from the settings, laid out by their country's convention. The country line is printed
 * unless `domesticOnly`, since a return address on mail abroad must name the country.
 */
export function returnAddressLabels(
  ownName: string,
  ownAddress: PostalAddress,
  count: number,
  options: { domesticOnly?: boolean } = {},
): string[][] {
  const senderCountry = options.domesticOnly ? ownAddress.country : '';
  const lines = [collapseWhitespace(ownName), ...formatAddressLines(ownAddress, senderCountry)].filter(
    (line) => line !== '',
  );
  const labelCount = Math.max(0, Math.floor(count));
  return Array.from({ length: labelCount }, () => [...lines]);
}
