import { readCsvTable } from '@shared/import/csv/readCsvTable';
import type { SurveyQuestion } from '@shared/surveys';
import { guessFormsColumns, planFormsCsv } from '@shared/surveys/formsCsv';
import { describe, expect, it } from 'vitest';

const questions: SurveyQuestion[] = [
  {
    id: 'nps',
    kind: 'rating10',
    text: 'Would you recommend Studio to a friend or colleague?',
    choices: [],
    optional: false,
    role: '',
  },
  {
    id: 'heard',
    kind: 'oneChoice',
    text: 'How did you first hear about Studio?',
    choices: ['Referral', 'Website'],
    optional: true,
    role: 'source',
  },
  {
    id: 'used',
    kind: 'severalChoices',
    text: 'Which services did you use?',
    choices: ['Design', 'Copy', 'Hosting'],
    optional: true,
    role: '',
  },
];
const sendings = [
  {
    id: 's-ana-old',
    contactEmail: 'ana@example.org',
    status: 'answered' as const,
    sentOn: '2026-10-05',
    createdAt: '2',
  },
  {
    id: 's-ana',
    contactEmail: 'Ana@Example.org',
    status: 'sent' as const,
    sentOn: '2026-10-01',
    createdAt: '1',
  },
  {
    id: 's-bo',
    contactEmail: 'bo@example.org',
    status: 'sent' as const,
    sentOn: '2026-10-02',
    createdAt: '3',
  },
];

describe('Forms CSV answers', () => {
  it('maps Google Forms columns by header and matches rows by email, whatever its case, to the unanswered sending', async () => {
    const table = await readCsvTable(
      'Timestamp,Email Address,Would you recommend Studio to a friend or colleague?,How did you first hear about Studio?,Which services did you use?\n' +
        '2026/11/02 10:00:00,ana@example.org,9,website,"Design, Hosting"\n',
    );
    const columns = guessFormsColumns(table.header, questions);
    expect(columns.map((c) => c.kind)).toEqual(['date', 'email', 'question', 'question', 'question']);
    const plan = planFormsCsv(table, columns, questions, sendings, '2026-11-30');
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toEqual([
      {
        row: 2,
        sendingId: 's-ana',
        email: 'ana@example.org',
        answeredOn: '2026-11-02',
        draft: { nps: 9, heard: 'Website', used: ['Design', 'Hosting'] },
      },
    ]);
  });

  it('reports unknown emails and bad values with their row numbers and leaves those rows out', async () => {
    const table = await readCsvTable(
      'Completion time,Email,Would you recommend Studio to a friend or colleague?\n' +
        '2026-11-03T09:00:00,nobody@example.org,8\n' +
        '2026-11-03T09:00:00,bo@example.org,eleven\n' +
        '11/4/2026 9:00,ana@example.org,10\n',
    );
    const plan = planFormsCsv(
      table,
      guessFormsColumns(table.header, questions),
      questions,
      sendings,
      '2026-11-30',
    );
    expect(plan.problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [2, 'Email', 'No sending of this survey went to nobody@example.org.'],
      [
        3,
        'Would you recommend Studio to a friend or colleague?',
        '“eleven” is not a whole number from 0 to 10.',
      ],
    ]);
    expect(plan.rows).toEqual([
      { row: 4, sendingId: 's-ana', email: 'ana@example.org', answeredOn: '2026-11-04', draft: { nps: 10 } },
    ]);
  });
});
