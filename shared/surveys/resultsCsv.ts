import { type CsvCell, toCsv } from '../csv/writeCsv';
import type { Testimonial } from './followUps';
import type { SurveyAnswer, SurveySending } from './model';
import type { SurveyResults } from './results';

function answerText(value: SurveyAnswer['value']): string {
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** The results as CSV: the summary figures, then one row per answer. */
export function resultsCsv(
  results: SurveyResults,
  sendings: Map<string, SurveySending>,
  answers: SurveyAnswer[],
): string {
  const rows: CsvCell[][] = [
    [
      'Sent',
      'Answered',
      'Response rate %',
      'NPS',
      'Promoters',
      'Passives',
      'Detractors',
      'CSAT %',
      'CSAT answers',
    ],
    [
      results.sent,
      results.answered,
      results.responseRate,
      results.scores.nps,
      results.scores.promoters,
      results.scores.passives,
      results.scores.detractors,
      results.csat,
      results.csatCount,
    ],
    [],
    ['Survey', 'Client', 'Project', 'Answered on', 'Question', 'Answer'],
  ];
  for (const answer of answers) {
    const sending = sendings.get(answer.sendingId);
    if (!sending) continue;
    rows.push([
      sending.surveyName,
      sending.clientName,
      sending.projectTitle,
      answer.answeredOn,
      answer.questionText,
      answerText(answer.value),
    ]);
  }
  return toCsv(rows);
}

export function testimonialsCsv(list: Testimonial[]): string {
  return toCsv([
    ['Client', 'Contact', 'Project', 'Answered on', 'Comments'],
    ...list.map((t) => [t.clientName, t.contactName, t.projectTitle, t.answeredOn, t.comments]),
  ]);
}

/** Testimonials as plain text, to paste into a website or a proposal. */
export function testimonialsText(list: Testimonial[]): string {
  return list
    .map((t) => `“${t.comments}”\n— ${[t.contactName, t.clientName].filter(Boolean).join(', ')}`)
    .join('\n\n');
}
