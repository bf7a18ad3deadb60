/**
 * Survey arithmetic. All rounding is done on integers, so 12.5 % is 12.5 and not 12.4999….
 * Out-of-range and non-integer answers are left out of both the count and the total.
 */

export interface SurveyScores {
  /** % promoters − % detractors, a whole number; null when no answer counts. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** numerator ÷ denominator rounded to a whole number, halves away from zero (denominator > 0). */
function roundHalfAwayFromZero(numerator: number, denominator: number): number {
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}

/** NPS from 0–10 answers: promoters 9–10, passives 7–8, detractors 0–6. */
export function surveyScores(answers: number[]): SurveyScores {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const answer of answers) {
    if (!isWhole(answer, 0, 10)) continue;
    if (answer >= 9) promoters += 1;
    else if (answer >= 7) passives += 1;
    else detractors += 1;
  }
  const total = promoters + passives + detractors;
  const nps = total === 0 ? null : roundHalfAwayFromZero((promoters - detractors) * 100, total);
  // -0 would print as "-0"
  return { nps: nps === 0 ? 0 : nps, promoters, passives, detractors };
}

/** Share of satisfied (4 or 5) answers among 1–5 answers, as a % with one decimal; null when none. */
export function csat(answers: number[]): number | null {
  let satisfied = 0;
  let total = 0;
  for (const answer of answers) {
    if (!isWhole(answer, 1, 5)) continue;
    total += 1;
    if (answer >= 4) satisfied += 1;
  }
  if (total === 0) return null;
  return roundHalfAwayFromZero(satisfied * 1000, total) / 10;
}

/** Answered ÷ sent as a % with one decimal; null when nothing was sent. */
export function responseRate(answered: number, sent: number): number | null {
  if (sent <= 0) return null;
  return roundHalfAwayFromZero(Math.min(answered, sent) * 1000, sent) / 10;
}

/** The average of the answers, to one decimal; null when none. */
export function averageOf(values: number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.round((sum / values.length) * 10) / 10;
}
