import { readFileSync } from 'node:fs';
import { readySurveyQuestions, type SurveyQuestion } from '@shared/surveys';
import { makeSurveyPdf } from '@shared/surveys/pdf/makeSurveyPdf';
import { answersFromPdfFields } from '@shared/surveys/pdf/pdfAnswers';
import { choiceFieldName, questionFieldName } from '@shared/surveys/pdf/pdfFieldNames';
import { readSurveyPdf } from '@shared/surveys/pdf/readSurveyPdf';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

const fontBytes = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
let counter = 0;
const newId = () => `id-${++counter}`;

const severalChoices: SurveyQuestion = {
  id: 'several',
  kind: 'severalChoices',
  text: 'Which did you use?',
  choices: ['Design', 'Copy', 'Hosting'],
  optional: true,
  role: '',
};

function sending(questions: SurveyQuestion[]) {
  return {
    id: 'sending-42',
    businessName: 'Ørsted Ξ Дизайн',
    projectTitle: 'Сайт для «Ромашки»',
    contactName: 'Zoë Παπαδοπούλου',
    questions,
  };
}

async function fillAsClient(bytes: Uint8Array, fill: (form: ReturnType<PDFDocument['getForm']>) => void) {
  const document = await PDFDocument.load(bytes);
  const form = document.getForm();
  fill(form);
  form.updateFieldAppearances(await document.embedFont(StandardFonts.Helvetica));
  return document.save();
}

describe('survey PDF round trip', { timeout: 30_000 }, () => {
  it('reads back what a client filled in, matched by the id inside the PDF', async () => {
    const questions = [...readySurveyQuestions('Ørsted Ξ Дизайн', newId), severalChoices];
    const pdf = await makeSurveyPdf(sending(questions), fontBytes);
    const byText = (start: string) => questions.find((q) => q.text.startsWith(start)) as SurveyQuestion;
    const filled = await fillAsClient(pdf, (form) => {
      form.getTextField(questionFieldName(byText('What service').id)).setText('A new website');
      form.getRadioGroup(questionFieldName(byText('Would you recommend').id)).select('9');
      form.getRadioGroup(questionFieldName(byText('How closely').id)).select('4');
      form.getRadioGroup(questionFieldName(byText('Did your project contact').id)).select('yes');
      form.getRadioGroup(questionFieldName(byText('How did you first hear').id)).select('c1');
      form.getCheckBox(choiceFieldName('several', 0)).check();
      form.getCheckBox(choiceFieldName('several', 2)).check();
    });

    const reading = await readSurveyPdf(filled, 'returned.pdf');
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.sendingId).toBe('sending-42');
    const result = answersFromPdfFields(reading.fields, questions);
    if (!result.ok) throw new Error(result.message);
    expect(result.answers).toEqual({
      [byText('What service').id]: 'A new website',
      [byText('Would you recommend').id]: 9,
      [byText('How closely').id]: 4,
      [byText('Did your project contact').id]: 'yes',
      [byText('How did you first hear').id]: 'Website',
      several: ['Design', 'Hosting'],
    });
  });

  it('refuses a PDF whose answer fields were renamed, naming the question', async () => {
    const questions = readySurveyQuestions('Acme', newId);
    const reading = await readSurveyPdf(await makeSurveyPdf(sending(questions), fontBytes), 'a.pdf');
    if (!reading.ok) throw new Error(reading.message);
    const { [questionFieldName(questions[2]?.id ?? '')]: _removed, ...fields } = reading.fields;
    const result = answersFromPdfFields(fields, questions);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('question 3') });
  });

  it('refuses a PDF that is not ours, one without fields, and one that is not a PDF', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(await readSurveyPdf(await plain.save(), 'scan.pdf')).toEqual({
      ok: false,
      message: expect.stringContaining('no form fields'),
    });

    const foreign = await PDFDocument.create();
    foreign.getForm().createTextField('name').addToPage(foreign.addPage());
    expect(await readSurveyPdf(await foreign.save(), 'tax.pdf')).toEqual({
      ok: false,
      message: expect.stringContaining('not a Clientele survey'),
    });

    const encrypted = new TextDecoder('latin1')
      .decode(await plain.save({ useObjectStreams: false }))
      .replace('trailer\n<<', 'trailer\n<<\n/Encrypt 1 0 R');
    const encryptedBytes = Uint8Array.from(encrypted, (character) => character.charCodeAt(0));
    expect(await readSurveyPdf(encryptedBytes, 'locked.pdf')).toEqual({
      ok: false,
      message: expect.stringContaining('encrypted'),
    });

    expect(await readSurveyPdf(new TextEncoder().encode('hello, not a pdf'), 'x.pdf')).toEqual({
      ok: false,
      message: expect.stringContaining('not a readable PDF'),
    });
  });
});
