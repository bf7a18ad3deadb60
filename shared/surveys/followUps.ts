import type { SurveyAnswer, SurveySending } from './model';

export interface LowScoreFlag {
  sendingId: string;
  projectTitle: string;
  answeredOn: string;
  /** "Would recommend: 4 of 10", in words. */
  reasons: string[];
}

/** Detractors (0–6 on the recommend question) and CSAT answers of 1–2 call for a follow-up. */
export function lowScoreFlags(sendings: SurveySending[], answers: SurveyAnswer[]): LowScoreFlag[] {
  const bySending = new Map<string, string[]>();
  for (const answer of answers) {
    if (typeof answer.value !== 'number') continue;
    const low =
      (answer.kind === 'rating10' && answer.value <= 6) || (answer.kind === 'rating5' && answer.value <= 2);
    if (!low) continue;
    const scale = answer.kind === 'rating10' ? 'of 10' : 'of 5';
    bySending.set(answer.sendingId, [
      ...(bySending.get(answer.sendingId) ?? []),
      `“${answer.questionText}”: ${answer.value} ${scale}`,
    ]);
  }
  return sendings
    .filter((sending) => bySending.has(sending.id))
    .map((sending) => ({
      sendingId: sending.id,
      projectTitle: sending.projectTitle,
      answeredOn: sending.answeredOn,
      reasons: bySending.get(sending.id) ?? [],
    }));
}

export interface Testimonial {
  sendingId: string;
  clientName: string;
  contactName: string;
  projectTitle: string;
  answeredOn: string;
  comments: string;
}

/** Answers whose authors said yes to being quoted, with their longest written comment. */
export function testimonials(sendings: SurveySending[], answers: SurveyAnswer[]): Testimonial[] {
  const permitted = new Set<string>();
  const comments = new Map<string, string[]>();
  for (const answer of answers) {
    if (answer.role === 'testimonialPermission' && answer.value === 'yes') permitted.add(answer.sendingId);
    if ((answer.kind === 'longText' || answer.kind === 'shortText') && typeof answer.value === 'string')
      comments.set(answer.sendingId, [...(comments.get(answer.sendingId) ?? []), answer.value]);
  }
  return sendings
    .filter((sending) => permitted.has(sending.id) && comments.has(sending.id))
    .map((sending) => ({
      sendingId: sending.id,
      clientName: sending.clientName,
      contactName: sending.contactName,
      projectTitle: sending.projectTitle,
      answeredOn: sending.answeredOn,
      comments: (comments.get(sending.id) ?? []).reduce(
        (longest, text) => (text.length > longest.length ? text : longest),
        '',
      ),
    }))
    .sort((a, b) => b.answeredOn.localeCompare(a.answeredOn));
}
