import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readySurveyQuestions, type SurveyAnswer, type SurveySending } from '@shared/surveys';
import { makeSurveyPdf } from '@shared/surveys/pdf/makeSurveyPdf';
import { answersFromPdfFields } from '@shared/surveys/pdf/pdfAnswers';
import { questionFieldName } from '@shared/surveys/pdf/pdfFieldNames';
import { readSurveyPdf } from '@shared/surveys/pdf/readSurveyPdf';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { median, recordBenchResult } from './support/benchResults';
import { armAppearanceTimer, elapsedMs, startTimer } from './support/inPageTiming';
import { openPersistentPage } from './support/persistentPage';

const sendingCount = 1000;
const answersPerSending = 5;
const runs = 9;

/** 1,000 answered sendings of the ready survey, 5 answers each, spread over two years. */
function benchData(): { sendings: SurveySending[]; answers: SurveyAnswer[] } {
  let next = 0;
  const questions = readySurveyQuestions('Studio', () => `q${++next}`);
  const answered = questions
    .filter((q) => ['rating10', 'rating5', 'longText'].includes(q.kind))
    .slice(0, answersPerSending);
  const sendings: SurveySending[] = [];
  const answers: SurveyAnswer[] = [];
  for (let index = 0; index < sendingCount; index += 1) {
    const day = `202${5 + (index % 2)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    const id = `sending-${index}`;
    sendings.push({
      id,
      surveyId: 'survey',
      surveyName: 'After the project',
      questions,
      projectId: `p${index}`,
      projectTitle: `Project ${index}`,
      clientId: `c${index % 400}`,
      clientName: `Client ${index % 400}`,
      clientKind: index % 3 === 0 ? 'b2c' : 'b2b',
      serviceTypeId: '',
      contactId: '',
      contactName: '',
      contactEmail: `client${index}@example.org`,
      businessName: 'Studio',
      status: 'answered',
      sentOn: day,
      answeredOn: day,
      declinedOn: '',
      createdAt: `${day}T00:00:00Z`,
      updatedAt: `${day}T00:00:00Z`,
    });
    for (const question of answered) {
      const value =
        question.kind === 'rating10'
          ? index % 11
          : question.kind === 'rating5'
            ? 1 + (index % 5)
            : `Comment number ${index}`;
      answers.push({
        id: `${id}-${question.id}`,
        sendingId: id,
        surveyId: 'survey',
        clientId: `c${index % 400}`,
        projectId: `p${index}`,
        questionId: question.id,
        questionText: question.text,
        kind: question.kind,
        role: question.role,
        value,
        answeredOn: day,
        origin: 'pdf',
        createdAt: '',
        updatedAt: '',
      });
    }
  }
  return { sendings, answers };
}

test('survey results over 5,000 answers from 1,000 sendings', async ({ baseURL }) => {
  const { page, close } = await openPersistentPage(baseURL as string);
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const data = benchData();
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('clientele');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(
            ['surveys', 'surveySendings', 'surveyAnswers'],
            'readwrite',
          );
          const first = data.sendings[0];
          transaction.objectStore('surveys').put({
            id: 'survey',
            name: 'After the project',
            questions: first?.questions ?? [],
            retired: false,
            createdAt: '',
            updatedAt: '',
          });
          for (const sending of data.sendings) transaction.objectStore('surveySendings').put(sending);
          for (const answer of data.answers) transaction.objectStore('surveyAnswers').put(answer);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    data,
  );
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto('/#/surveys');
    await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
    await armAppearanceTimer(page, '[data-testid="nps-value"]', false);
    await startTimer(page, 'a[href="#/surveys/results"]');
    times.push(await elapsedMs(page));
  }
  await expect(page.getByText('1000 answered of 1000 sent')).toBeVisible();
  recordBenchResult({
    name: 'open survey results, 5,000 answers / 1,000 sendings → figures shown (median)',
    value: median(times),
    unit: 'ms',
    baseline: 200,
  });
  console.log(`results screen: ${times.map(Math.round).join(', ')} ms`);
  await close();
});

test('read a returned survey PDF', async () => {
  const fontBytes = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  let next = 0;
  const questions = readySurveyQuestions('Studio Ξ Дизайн', () => `q${++next}`);
  const pdf = await makeSurveyPdf(
    { id: 'sending-1', businessName: 'Studio Ξ Дизайн', projectTitle: 'Сайт', contactName: 'Zoë', questions },
    fontBytes,
  );
  const document = await PDFDocument.load(pdf);
  const form = document.getForm();
  form.getTextField(questionFieldName('q1')).setText('A new website');
  form.getRadioGroup(questionFieldName('q9')).select('9');
  form.updateFieldAppearances(await document.embedFont(StandardFonts.Helvetica));
  const filled = await document.save();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const reading = await readSurveyPdf(filled, 'answers.pdf');
    if (!reading.ok) throw new Error(reading.message);
    const result = answersFromPdfFields(reading.fields, questions);
    if (!result.ok) throw new Error(result.message);
    times.push(performance.now() - started);
  }
  recordBenchResult({
    name: `read a returned survey PDF (${Math.round(filled.length / 1024)} KB) → answers (median)`,
    value: median(times),
    unit: 'ms',
    baseline: 300,
  });
  console.log(`read PDF: ${times.map(Math.round).join(', ')} ms`);
});
