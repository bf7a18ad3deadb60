import { todayIso } from '@shared/dates/isoDate';
import { type CsvTable, decodeContactsBytes, readCsvTable } from '@shared/import';
import { type FormsColumnTarget, guessFormsColumns, planFormsCsv } from '@shared/surveys/formsCsv';
import { countOf } from '@shared/text/countWords';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/appDatabase';
import { useSendingsOfSurvey, useSurveys } from '../../db/hooks/surveyHooks';
import { saveManyAnswers } from '../../db/surveySendingsRepository';
import { showError, showToast } from '../../state/toastStore';
import { SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { FormsProblems } from './FormsProblems';

function targetValue(target: FormsColumnTarget): string {
  return target.kind === 'question' ? `q:${target.questionId}` : target.kind;
}

function targetFrom(value: string): FormsColumnTarget {
  if (value.startsWith('q:')) return { kind: 'question', questionId: value.slice(2) };
  return { kind: value as 'ignore' | 'email' | 'date' };
}

/** Answers collected with Google Forms or Microsoft Forms, brought in from their CSV export. */
export function FormsCsvImportPage() {
  const surveys = useSurveys() ?? [];
  const [surveyId, setSurveyId] = useState('');
  const [file, setFile] = useState<{ name: string; table: CsvTable } | null>(null);
  const [columns, setColumns] = useState<FormsColumnTarget[]>([]);
  const [fileProblem, setFileProblem] = useState('');
  const chosenId = surveyId || surveys[0]?.id || '';
  const survey = surveys.find((candidate) => candidate.id === chosenId);
  const sendings = useSendingsOfSurvey(chosenId) ?? [];
  // A sending's own copy of the questions is what the answers are saved against.
  const questions = survey?.questions ?? [];
  const plan = useMemo(
    () => (file ? planFormsCsv(file.table, columns, questions, sendings, todayIso()) : null),
    [file, columns, questions, sendings],
  );

  const pick = async (picked: File | undefined) => {
    setFileProblem('');
    setFile(null);
    if (!picked) return;
    try {
      const { text } = decodeContactsBytes(new Uint8Array(await picked.arrayBuffer()));
      const table = await readCsvTable(text);
      if (table.header.length === 0)
        throw new Error(`“${picked.name}” has no header row: it does not look like a Forms CSV export.`);
      setFile({ name: picked.name, table });
      setColumns(guessFormsColumns(table.header, questions));
    } catch (error) {
      setFileProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const save = async () => {
    if (!plan || plan.rows.length === 0) return;
    try {
      const count = await saveManyAnswers(db, plan.rows, 'csv');
      showToast(`Saved ${countOf(count, 'answer')} from ${countOf(plan.rows.length, 'response')}.`);
      setFile(null);
    } catch (error) {
      showError(error);
    }
  };
  const options = [
    { value: 'ignore', label: 'Leave out' },
    { value: 'email', label: 'Respondent’s email' },
    { value: 'date', label: 'Date answered' },
    ...questions.map((question, index) => ({
      value: `q:${question.id}`,
      label: `${index + 1}. ${question.text}`,
    })),
  ];

  return (
    <div className="forms-import">
      <p className="breadcrumb">
        <Link href="/surveys">Surveys</Link>
      </p>
      <PageHeader
        title="Import answers from a Forms CSV"
        subtitle="Google Forms: Responses → Download responses (.csv). Microsoft Forms: Responses → Open in Excel, then save as CSV."
      />
      <div className="card">
        <SelectField
          id="forms-survey"
          label="Survey the form asked"
          value={chosenId}
          options={surveys.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          onChange={(id) => {
            setSurveyId(id);
            setFile(null);
          }}
        />
        <div className="field">
          <label htmlFor="forms-file">CSV file of the answers</label>
          <input
            id="forms-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void pick(event.target.files?.[0])}
            disabled={!survey}
          />
        </div>
        {fileProblem && (
          <p className="form-error" role="alert">
            {fileProblem}
          </p>
        )}
      </div>
      {file && plan && (
        <>
          <section className="card" aria-labelledby="forms-mapping-heading">
            <h2 id="forms-mapping-heading">Columns of “{file.name}”</h2>
            <p className="muted">
              Rows are matched to the surveys you sent by the respondent’s email address.
            </p>
            <div className="forms-mapping">
              {file.table.header.map((header, index) => (
                <SelectField
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and may share a header
                  key={index}
                  id={`forms-column-${index}`}
                  label={header || `Column ${index + 1}`}
                  value={targetValue(columns[index] ?? { kind: 'ignore' })}
                  options={options}
                  onChange={(value) =>
                    setColumns((list) =>
                      list.map((item, position) => (position === index ? targetFrom(value) : item)),
                    )
                  }
                />
              ))}
            </div>
          </section>
          <FormsProblems problems={plan.problems} />
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              onClick={save}
              disabled={plan.rows.length === 0}
            >
              Save answers from {plan.rows.length} {plan.rows.length === 1 ? 'response' : 'responses'}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
