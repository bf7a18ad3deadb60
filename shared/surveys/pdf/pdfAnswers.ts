import type { AnswerDraft, SurveyQuestion } from '../model';
import { choiceFieldName, choiceOptionValue, questionFieldName } from './pdfFieldNames';
import type { PdfFieldValue } from './readSurveyPdf';

export type PdfAnswersResult = { ok: true; answers: AnswerDraft } | { ok: false; message: string };

function ratingFrom(value: string, min: number, max: number): number | null {
  if (!/^\d{1,2}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/**
 * Turns the PDF's field values into answers for the sending's questions. A PDF whose fields
 * were renamed or removed is refused as a whole, naming the questions it cannot find.
 */
export function answersFromPdfFields(
  fields: Record<string, PdfFieldValue>,
  questions: SurveyQuestion[],
): PdfAnswersResult {
  const answers: AnswerDraft = {};
  const missing: number[] = [];
  questions.forEach((question, index) => {
    if (question.kind === 'severalChoices') {
      const names = question.choices.map((_, choice) => choiceFieldName(question.id, choice));
      if (names.some((name) => !(name in fields))) {
        missing.push(index + 1);
        return;
      }
      const chosen = question.choices.filter((_, choice) => fields[names[choice] as string] === true);
      if (chosen.length > 0) answers[question.id] = chosen;
      return;
    }
    const raw = fields[questionFieldName(question.id)];
    if (raw === undefined) {
      missing.push(index + 1);
      return;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') return;
    if (question.kind === 'rating10' || question.kind === 'rating5') {
      const rating = question.kind === 'rating10' ? ratingFrom(text, 0, 10) : ratingFrom(text, 1, 5);
      if (rating !== null) answers[question.id] = rating;
    } else if (question.kind === 'yesNo') {
      if (text === 'yes' || text === 'no') answers[question.id] = text;
    } else if (question.kind === 'oneChoice') {
      const choice = question.choices.findIndex((_, index) => choiceOptionValue(index) === text);
      if (choice >= 0) answers[question.id] = question.choices[choice] as string;
    } else {
      answers[question.id] = text;
    }
  });
  if (missing.length > 0) {
    const which = missing.length === 1 ? `question ${missing[0]}` : `questions ${missing.join(', ')}`;
    return {
      ok: false,
      message: `The PDF's form fields were renamed or removed: Clientele cannot find the answer fields for ${which}. Nothing was saved; enter the answers by hand instead.`,
    };
  }
  return { ok: true, answers };
}
