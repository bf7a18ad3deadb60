import { isBusinessProject } from '../clients/projectSummary';
import type { Project } from '../model/project';
import { ratio, roundHalfUpDiv } from './exactMath';

/** What past projects of the linked service type were billed, to hold the price against. */
export interface PastPriceReference {
  /** Active and completed projects of the service type, in the scenario's currency. */
  count: number;
  /** Rounded half up to the minor unit; null when there are no projects to go by. */
  averageMinor: number | null;
  minMinor: number | null;
  maxMinor: number | null;
  /** Projects of the service type billed in other currencies: not comparable, so left out. */
  otherCurrencyCount: number;
  /** Those currencies, sorted, for "2 projects in EUR are not included". */
  otherCurrencies: string[];
  /** Projects of the service type with no amount yet (0): they would drag the average down. */
  unpricedCount: number;
}

/**
 * The average and range of what went-ahead projects (active or completed; not leads or
 * cancelled ones) of a service type were billed in one currency.
 */
export function pastPriceReference(
  projects: readonly Project[],
  serviceTypeId: string,
  currency: string,
): PastPriceReference {
  let count = 0;
  let total = 0n;
  let minMinor: number | null = null;
  let maxMinor: number | null = null;
  let otherCurrencyCount = 0;
  let unpricedCount = 0;
  const otherCurrencies = new Set<string>();
  for (const project of projects) {
    if (serviceTypeId === '' || project.serviceTypeId !== serviceTypeId || !isBusinessProject(project))
      continue;
    const { amountMinor, currency: projectCurrency } = project.amount;
    if (projectCurrency !== currency) {
      otherCurrencyCount += 1;
      otherCurrencies.add(projectCurrency);
      continue;
    }
    if (amountMinor <= 0) {
      unpricedCount += 1;
      continue;
    }
    count += 1;
    total += BigInt(amountMinor);
    if (minMinor === null || amountMinor < minMinor) minMinor = amountMinor;
    if (maxMinor === null || amountMinor > maxMinor) maxMinor = amountMinor;
  }
  return {
    count,
    // The average lies between min and max, so it is a safe integer whatever the total.
    averageMinor: count === 0 ? null : Number(roundHalfUpDiv(total, BigInt(count))),
    minMinor,
    maxMinor,
    otherCurrencyCount,
    otherCurrencies: [...otherCurrencies].sort(),
    unpricedCount,
  };
}

export interface PriceAgainstReference {
  /** Where the price falls against the range of past projects. */
  position: 'below' | 'within' | 'above';
  /** price − average, in minor units. */
  differenceFromAverageMinor: number;
  /** price ÷ average (1.1 is 10 % above the average). */
  ratioToAverage: number;
}

/** How the scenario's price compares with past projects; null when there are none. */
export function priceAgainstReference(
  pricePerUnitMinor: number,
  reference: PastPriceReference,
): PriceAgainstReference | null {
  const { averageMinor, minMinor, maxMinor } = reference;
  if (averageMinor === null || minMinor === null || maxMinor === null) return null;
  let position: PriceAgainstReference['position'] = 'within';
  if (pricePerUnitMinor < minMinor) position = 'below';
  else if (pricePerUnitMinor > maxMinor) position = 'above';
  return {
    position,
    differenceFromAverageMinor: pricePerUnitMinor - averageMinor,
    ratioToAverage: ratio(BigInt(pricePerUnitMinor), BigInt(averageMinor)),
  };
}
