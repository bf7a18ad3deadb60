import type { CsvTable } from '../import/csv/readCsvTable';
import type { ImportProblem } from '../import/types';
import { foldForMatching } from '../text/normalize';
import type { AnswerDraft, AnswerValue, SurveyQuestion, SurveySending } from './model';

/** What one CSV column holds: nothing we use, the respondent's email, the date, or a question. */
export type FormsColumnTarget =
  | { kind: 'ignore' }
  | { kind: 'email' }
  | { kind: 'date' }
  | { kind: 'question'; questionId: string };

const emailHeaders = ['email address', 'email', 'e-mail', 'respondent email', 'adresse e-mail'];
const dateHeaders = ['timestamp', 'completion time', 'submitted at', 'date'];

function fold(text: string): string {
  return foldForMatching(text).replace(/\s+/g, ' ').trim();
}

/**
 * A first guess at each column: Google Forms names them "Timestamp", "Email Address" and the
 * question text; Microsoft Forms "Completion time", "Email" and the question text.
 */
export function guessFormsColumns(header: string[], questions: SurveyQuestion[]): FormsColumnTarget[] {
  return header.map((name) => {
    const folded = fold(name);
    if (emailHeaders.includes(folded)) return { kind: 'email' };
    if (dateHeaders.includes(folded)) return { kind: 'date' };
    const question =
      questions.find((q) => fold(q.text) === folded) ??
      questions.find((q) => fold(q.text).startsWith(folded) && folded.length > 12);
    return question ? { kind: 'question', questionId: question.id } : { kind: 'ignore' };
  });
}

function matchChoice(choices: string[], text: string): string | undefined {
  const folded = fold(text);
  return choices.find((choice) => fold(choice) === folded);
}

/** A cell as an answer to the question, or a problem in words. '' means no answer. */
function cellAnswer(question: SurveyQuestion, cell: string): { value?: AnswerValue; problem?: string } {
  const text = cell.trim();
  if (text === '') return {};
  switch (question.kind) {
    case 'rating10':
    case 'rating5': {
      const [min, max] = question.kind === 'rating10' ? [0, 10] : [1, 5];
      const number = Number(text);
      if (!Number.isInteger(number) || number < min || number > max)
        return { problem: `“${text}” is not a whole number from ${min} to ${max}.` };
      return { value: number };
    }
    case 'yesNo': {
      const folded = fold(text);
      if (['yes', 'y', 'true', 'oui', 'si', 'ja', 'да'].includes(folded)) return { value: 'yes' };
      if (['no', 'n', 'false', 'non', 'nein', 'нет'].includes(folded)) return { value: 'no' };
      return { problem: `“${text}” is not yes or no.` };
    }
    case 'oneChoice': {
      const choice = matchChoice(question.choices, text);
      return choice ? { value: choice } : { problem: `“${text}” is not one of the choices.` };
    }
    case 'severalChoices': {
      // Microsoft Forms separates choices with ";", Google Forms with ", ".
      const parts = text
        .split(text.includes(';') ? ';' : ',')
        .map((part) => part.trim())
        .filter(Boolean);
      const chosen = parts.map((part) => matchChoice(question.choices, part));
      const unknown = parts.filter((_, index) => chosen[index] === undefined);
      if (unknown.length > 0) return { problem: `“${unknown.join('”, “')}” is not one of the choices.` };
      return { value: chosen as string[] };
    }
    default:
      return { value: text };
  }
}

/** A date as the Forms tools write it (ISO, or M/D/YYYY), as YYYY-MM-DD; '' when unreadable. */
function formsDate(text: string): string {
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
  if (us) return `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}`;
  return '';
}

interface FormsCsvRowAnswers {
  row: number;
  sendingId: string;
  email: string;
  answeredOn: string;
  draft: AnswerDraft;
}

export interface FormsCsvPlan {
  rows: FormsCsvRowAnswers[];
  problems: ImportProblem[];
}

/**
 * Matches each CSV row to a sending of the survey by the respondent's email, and reads its
 * answers. Rows that cannot be matched, and cells that are not valid answers, become problems
 * with their spreadsheet row number; a row with a problem is left out whole.
 */
export function planFormsCsv(
  table: Pick<CsvTable, 'header' | 'records'>,
  columns: FormsColumnTarget[],
  questions: SurveyQuestion[],
  sendings: Pick<SurveySending, 'id' | 'contactEmail' | 'status' | 'sentOn' | 'createdAt'>[],
  today: string,
): FormsCsvPlan {
  const sendingByEmail = new Map<string, string>();
  // Later entries win: a sending still waiting for its answer before an answered one, then the newest.
  const order = (sending: (typeof sendings)[number]) =>
    `${sending.status === 'answered' ? 0 : 1}|${sending.sentOn}|${sending.createdAt}`;
  for (const sending of [...sendings].sort((a, b) => order(a).localeCompare(order(b)))) {
    if (sending.contactEmail) sendingByEmail.set(sending.contactEmail.trim().toLowerCase(), sending.id);
  }
  const questionById = new Map(questions.map((question) => [question.id, question]));
  const emailColumn = columns.findIndex((column) => column.kind === 'email');
  const problems: ImportProblem[] = [];
  const rows: FormsCsvRowAnswers[] = [];
  if (emailColumn < 0) {
    problems.push({
      row: 0,
      field: '',
      message: 'No column is marked as the email address, so rows cannot be matched to sendings.',
      severity: 'error',
      value: '',
    });
    return { rows, problems };
  }
  const taken = new Set<string>();
  for (const record of table.records) {
    const email = (record.cells[emailColumn] ?? '').trim().toLowerCase();
    const emailField = table.header[emailColumn] ?? 'Email';
    const problem = (field: string, message: string, value = '') =>
      problems.push({ row: record.row, field, message, severity: 'error', value });
    const sendingId = sendingByEmail.get(email);
    if (email === '') {
      problem(emailField, 'The email address is empty, so the row cannot be matched to a sending.');
      continue;
    }
    if (!sendingId) {
      problem(emailField, `No sending of this survey went to ${email}.`);
      continue;
    }
    if (taken.has(sendingId)) {
      problem(emailField, `${email} answered more than once; the first row is kept.`);
      continue;
    }
    const draft: AnswerDraft = {};
    let answeredOn = today;
    let rowOk = true;
    columns.forEach((column, index) => {
      const cell = record.cells[index] ?? '';
      if (column.kind === 'date') answeredOn = formsDate(cell) || today;
      if (column.kind !== 'question') return;
      const question = questionById.get(column.questionId);
      if (!question) return;
      const { value, problem: cellProblem } = cellAnswer(question, cell);
      if (cellProblem) {
        problem(table.header[index] ?? '', cellProblem, cell);
        rowOk = false;
      } else if (value !== undefined) draft[question.id] = value;
    });
    if (!rowOk) continue;
    taken.add(sendingId);
    rows.push({ row: record.row, sendingId, email, answeredOn, draft });
  }
  return { rows, problems };
}
