import { escapeHtml } from '../text/html';
import type { SurveyQuestion, SurveySending } from './model';

/** How a question is answered, in words, for email and paper. */
export function answerHint(question: SurveyQuestion): string {
  switch (question.kind) {
    case 'rating10':
      return 'Answer 0 (not at all likely) to 10 (extremely likely).';
    case 'rating5':
      return 'Answer 1 (very poor) to 5 (excellent).';
    case 'yesNo':
      return 'Answer yes or no.';
    case 'oneChoice':
      return `Choose one: ${question.choices.join(' / ')}.`;
    case 'severalChoices':
      return `Choose any: ${question.choices.join(' / ')}.`;
    default:
      return '';
  }
}

function questionLabel(question: SurveyQuestion, index: number): string {
  return `${index + 1}. ${question.text}${question.optional ? ' (optional)' : ''}`;
}

export function emailSubject(sending: Pick<SurveySending, 'projectTitle' | 'businessName'>): string {
  return `A few questions about "${sending.projectTitle}" — ${sending.businessName}`;
}

/** The survey as plain text, for clients who answer in their reply. */
export function surveyEmailBody(
  sending: Pick<SurveySending, 'projectTitle' | 'businessName' | 'contactName' | 'questions' | 'id'>,
): string {
  const greeting = sending.contactName ? `Hello ${sending.contactName},` : 'Hello,';
  const lines = [
    greeting,
    '',
    `Thank you for working with ${sending.businessName} on "${sending.projectTitle}". ` +
      'Would you answer a few short questions? Reply to this email and write your answer under each question, ' +
      'or fill in the attached PDF form and send it back.',
    '',
  ];
  sending.questions.forEach((question, index) => {
    lines.push(questionLabel(question, index));
    const hint = answerHint(question);
    if (hint) lines.push(`   ${hint}`);
    lines.push('   Your answer: ', '');
  });
  lines.push('Thank you!', sending.businessName, '', `(Reference: ${sending.id})`);
  return lines.join('\n');
}

/** Mail clients and operating systems cut mailto links beyond about 2,000 characters. */
const maxMailtoLength = 2000;

/** A mailto: link with subject and body, or null when it would be too long to open reliably. */
export function surveyMailtoUrl(to: string, subject: string, body: string): string | null {
  const url = `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return url.length <= maxMailtoLength && to.includes('@') ? url : null;
}

function printableAnswerSpace(question: SurveyQuestion): string {
  const boxes = (options: string[]) =>
    `<p class="options">${options.map((option) => `<span class="option">☐ ${escapeHtml(option)}</span>`).join(' ')}</p>`;
  switch (question.kind) {
    case 'rating10':
      return boxes(Array.from({ length: 11 }, (_, value) => String(value)));
    case 'rating5':
      return boxes(['1', '2', '3', '4', '5']);
    case 'yesNo':
      return boxes(['Yes', 'No']);
    case 'oneChoice':
    case 'severalChoices':
      return boxes(question.choices);
    case 'shortText':
      return '<div class="line"></div>';
    default:
      return '<div class="line"></div><div class="line"></div><div class="line"></div>';
  }
}

/** The survey as a printable A4/Letter page, for clients who prefer paper. */
export function surveyPrintableHtml(
  sending: Pick<SurveySending, 'projectTitle' | 'businessName' | 'contactName' | 'questions' | 'id'>,
): string {
  const questions = sending.questions
    .map(
      (question, index) =>
        `<section><h2>${escapeHtml(questionLabel(question, index))}</h2>` +
        `<p class="hint">${escapeHtml(answerHint(question))}</p>${printableAnswerSpace(question)}</section>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(sending.projectTitle)}</title>
<style>
@page { size: auto; margin: 18mm; }
body { font: 11pt/1.4 system-ui, sans-serif; color: #000; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 0 0 2pt; }
section { break-inside: avoid; margin: 0 0 12pt; }
.hint { margin: 0 0 4pt; color: #333; font-size: 9pt; }
.options { display: flex; flex-wrap: wrap; gap: 4pt 14pt; margin: 0; }
.line { border-bottom: 1px solid #000; height: 20pt; }
.reference { font-size: 8pt; color: #333; }
</style></head><body>
<h1>${escapeHtml(sending.businessName)}: a few questions about “${escapeHtml(sending.projectTitle)}”</h1>
<p>${escapeHtml(sending.contactName ? `For ${sending.contactName}. ` : '')}Please tick a box or write your answer, then return this page.</p>
${questions}
<p class="reference">Reference: ${escapeHtml(sending.id)}</p>
</body></html>`;
}
