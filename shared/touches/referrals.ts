import { projectDate } from '../clients/projectSummary';
import type { Project } from '../model/project';
import type { Touch } from '../model/touch';

/**
 * What a referred client has billed since the referral: completed projects dated on or after
 * it, summed per currency (minor units).
 */
export function billedSince(projects: readonly Project[], since: string): Record<string, number> {
  const billed: Record<string, number> = {};
  for (const project of projects) {
    if (project.status !== 'completed' || projectDate(project) < since) continue;
    const { currency, amountMinor } = project.amount;
    billed[currency] = (billed[currency] ?? 0) + amountMinor;
  }
  return billed;
}

/** Whether the referrer was thanked: a thank-you touch on or after the referral date. */
export function wasThanked(
  referrerTouches: readonly Pick<Touch, 'kind' | 'date'>[],
  referredOn: string,
): boolean {
  return referrerTouches.some((touch) => touch.kind === 'thank-you' && touch.date >= referredOn);
}
