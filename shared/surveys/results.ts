import type { ClientKind } from '../model/client';
import type { QuestionKind, SurveyAnswer, SurveySending } from './model';
import { averageOf, csat, responseRate, type SurveyScores, surveyScores } from './scores';

export interface ResultsFilter {
  /** '' for every survey. */
  surveyId: string;
  /** Inclusive ISO dates on the date a survey was sent; '' for open-ended. */
  from: string;
  to: string;
  clientKind: ClientKind | '';
  serviceTypeId: string;
}

interface TextAnswer {
  text: string;
  clientName: string;
  projectTitle: string;
  answeredOn: string;
}

export interface QuestionResult {
  questionId: string;
  text: string;
  kind: QuestionKind;
  answered: number;
  /** Bars: value label and count, in the order they are asked. Empty for text questions. */
  distribution: { label: string; count: number }[];
  average: number | null;
  texts: TextAnswer[];
}

interface QuarterResult {
  quarter: string;
  answered: number;
  nps: number | null;
  csat: number | null;
}

export interface SurveyResults {
  sent: number;
  answered: number;
  declined: number;
  responseRate: number | null;
  scores: SurveyScores;
  csat: number | null;
  csatCount: number;
  questions: QuestionResult[];
  quarters: QuarterResult[];
}

export function sendingMatches(sending: SurveySending, filter: ResultsFilter): boolean {
  if (sending.status === 'draft') return false;
  if (filter.surveyId && sending.surveyId !== filter.surveyId) return false;
  const sentOn = sending.sentOn || sending.answeredOn;
  if (filter.from && sentOn < filter.from) return false;
  if (filter.to && sentOn > filter.to) return false;
  if (filter.clientKind && sending.clientKind !== filter.clientKind) return false;
  if (filter.serviceTypeId && sending.serviceTypeId !== filter.serviceTypeId) return false;
  return true;
}

function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)} Q${Math.ceil(month / 3)}`;
}

function distributionLabels(kind: QuestionKind, choices: string[]): string[] {
  if (kind === 'rating10') return Array.from({ length: 11 }, (_, value) => String(value));
  if (kind === 'rating5') return ['1', '2', '3', '4', '5'];
  if (kind === 'yesNo') return ['yes', 'no'];
  if (kind === 'oneChoice' || kind === 'severalChoices') return choices;
  return [];
}

const isText = (kind: QuestionKind) => kind === 'shortText' || kind === 'longText';

/** Everything the results screen shows, from the sendings and answers in one pass each. */
export function surveyResults(
  sendings: SurveySending[],
  answers: SurveyAnswer[],
  filter: ResultsFilter,
): SurveyResults {
  const included = new Map<string, SurveySending>();
  let answered = 0;
  let declined = 0;
  const questionOrder = new Map<string, { kind: QuestionKind; text: string; choices: string[] }>();
  for (const sending of sendings) {
    if (!sendingMatches(sending, filter)) continue;
    included.set(sending.id, sending);
    if (sending.status === 'answered') answered += 1;
    if (sending.status === 'declined') declined += 1;
    for (const question of sending.questions) {
      if (!questionOrder.has(question.id))
        questionOrder.set(question.id, {
          kind: question.kind,
          text: question.text,
          choices: question.choices,
        });
    }
  }
  const counts = new Map<string, Map<string, number>>();
  const numbers = new Map<string, number[]>();
  const texts = new Map<string, TextAnswer[]>();
  const answeredPerQuestion = new Map<string, number>();
  const npsValues: number[] = [];
  const csatValues: number[] = [];
  const byQuarter = new Map<string, { sendings: Set<string>; nps: number[]; csat: number[] }>();
  for (const answer of answers) {
    const sending = included.get(answer.sendingId);
    if (!sending) continue;
    const quarter = quarterOf(answer.answeredOn);
    let quarterEntry = byQuarter.get(quarter);
    if (!quarterEntry) {
      quarterEntry = { sendings: new Set(), nps: [], csat: [] };
      byQuarter.set(quarter, quarterEntry);
    }
    quarterEntry.sendings.add(answer.sendingId);
    const { value, questionId } = answer;
    answeredPerQuestion.set(questionId, (answeredPerQuestion.get(questionId) ?? 0) + 1);
    if (typeof value === 'number') {
      if (answer.kind === 'rating10') {
        npsValues.push(value);
        quarterEntry.nps.push(value);
      } else if (answer.kind === 'rating5') {
        csatValues.push(value);
        quarterEntry.csat.push(value);
      }
      numbers.set(questionId, [...(numbers.get(questionId) ?? []), value]);
    }
    if (isText(answer.kind) && typeof value === 'string') {
      const list = texts.get(questionId) ?? [];
      list.push({
        text: value,
        clientName: sending.clientName,
        projectTitle: sending.projectTitle,
        answeredOn: answer.answeredOn,
      });
      texts.set(questionId, list);
      continue;
    }
    const tally = counts.get(questionId) ?? new Map<string, number>();
    for (const label of Array.isArray(value) ? value : [String(value)])
      tally.set(label, (tally.get(label) ?? 0) + 1);
    counts.set(questionId, tally);
  }
  const questions: QuestionResult[] = [...questionOrder].map(([questionId, question]) => {
    const tally = counts.get(questionId);
    const questionTexts = texts.get(questionId) ?? [];
    const values = numbers.get(questionId) ?? [];
    const distribution = distributionLabels(question.kind, question.choices).map((label) => ({
      label: label === 'yes' ? 'Yes' : label === 'no' ? 'No' : label,
      count: tally?.get(label) ?? 0,
    }));
    return {
      questionId,
      text: question.text,
      kind: question.kind,
      answered: answeredPerQuestion.get(questionId) ?? 0,
      distribution,
      average: question.kind === 'rating10' || question.kind === 'rating5' ? averageOf(values) : null,
      texts: questionTexts.sort((a, b) => b.answeredOn.localeCompare(a.answeredOn)),
    };
  });
  const quarters = [...byQuarter]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, entry]) => ({
      quarter,
      answered: entry.sendings.size,
      nps: surveyScores(entry.nps).nps,
      csat: csat(entry.csat),
    }));
  return {
    sent: included.size,
    answered,
    declined,
    responseRate: responseRate(answered, included.size),
    scores: surveyScores(npsValues),
    csat: csat(csatValues),
    csatCount: csatValues.filter((v) => Number.isInteger(v) && v >= 1 && v <= 5).length,
    // One survey shows all its questions; all surveys together only those with answers.
    questions: filter.surveyId ? questions : questions.filter((question) => question.answered > 0),
    quarters,
  };
}
