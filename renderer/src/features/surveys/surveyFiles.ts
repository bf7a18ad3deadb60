import { csvBytes } from '@shared/csv/writeCsv';
import type { SurveySending } from '@shared/surveys';
import { bridge } from '../../bridge';

/** Loaded on first use: the font is 740 KB and only survey PDFs need it. */
let fontBytes: Promise<Uint8Array> | null = null;

function surveyFont(): Promise<Uint8Array> {
  fontBytes ??= fetch(
    new URL('../../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url),
  )
    .then((response) => {
      if (!response.ok) throw new Error('The font for survey PDFs could not be loaded.');
      return response.arrayBuffer();
    })
    .then((buffer) => new Uint8Array(buffer))
    .catch((error) => {
      fontBytes = null;
      throw error;
    });
  return fontBytes;
}

function fileSafe(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'survey'
  );
}

function surveyPdfName(sending: Pick<SurveySending, 'projectTitle'>): string {
  return `Survey - ${fileSafe(sending.projectTitle)}.pdf`;
}

/** Makes the fillable PDF and saves it where the user chooses. */
export async function saveSurveyPdf(sending: SurveySending): Promise<boolean> {
  const [{ makeSurveyPdf }, font] = await Promise.all([
    import('@shared/surveys/pdf/makeSurveyPdf'),
    surveyFont(),
  ]);
  const bytes = await makeSurveyPdf(sending, font);
  const result = await bridge.saveFile({ suggestedName: surveyPdfName(sending), kind: 'pdf', bytes });
  return result.saved;
}

export async function saveCsv(suggestedName: string, csvText: string): Promise<boolean> {
  const result = await bridge.saveFile({ suggestedName, kind: 'csv', bytes: csvBytes(csvText) });
  return result.saved;
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
