import type { AnswerDraft, SurveySending } from '@shared/surveys';
import { db } from '../../db/appDatabase';
import { getSending } from '../../db/surveySendingsRepository';

export type ReturnedPdfCheck =
  | { ok: true; sending: SurveySending; answers: AnswerDraft; fileName: string }
  | { ok: false; message: string };

/**
 * Reads a returned survey PDF and matches it to its sending by the id inside it. Saves nothing:
 * the user sees what was read first.
 */
export async function checkReturnedPdf(bytes: Uint8Array, fileName: string): Promise<ReturnedPdfCheck> {
  const [{ readSurveyPdf }, { answersFromPdfFields }] = await Promise.all([
    import('@shared/surveys/pdf/readSurveyPdf'),
    import('@shared/surveys/pdf/pdfAnswers'),
  ]);
  const reading = await readSurveyPdf(bytes, fileName);
  if (!reading.ok) return reading;
  const sending = await getSending(db, reading.sendingId);
  if (!sending)
    return {
      ok: false,
      message: `“${fileName}” is a Clientele survey, but not one sent from this client book (it may come from another computer, or its sending was deleted).`,
    };
  const result = answersFromPdfFields(reading.fields, sending.questions);
  if (!result.ok) return { ok: false, message: `“${fileName}”: ${result.message}` };
  return { ok: true, sending, answers: result.answers, fileName };
}
