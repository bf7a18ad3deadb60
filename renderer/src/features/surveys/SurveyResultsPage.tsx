import { type ClientKind, clientKindLabels, clientKinds } from '@shared/model/client';
import { type ResultsFilter, resultsCsv, sendingMatches, surveyResults, testimonials } from '@shared/surveys';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useSurveyResultsRecords } from '../../db/hooks/surveyHooks';
import { showError, showToast } from '../../state/toastStore';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { QuestionResultCard } from './QuestionResultCard';
import { ResultsFigures } from './ResultsFigures';
import { TestimonialsSection } from './TestimonialsSection';

const noFilter: ResultsFilter = { surveyId: '', from: '', to: '', clientKind: '', serviceTypeId: '' };

/** What clients say: per survey or overall, for a date range, by client kind or service type. */
export function SurveyResultsPage() {
  const [filter, setFilter] = useState<ResultsFilter>(noFilter);
  const data = useSurveyResultsRecords();
  const computed = useMemo(() => {
    if (!data) return null;
    const results = surveyResults(data.sendings, data.answers, filter);
    const included = data.sendings.filter((sending) => sendingMatches(sending, filter));
    const includedIds = new Set(included.map((sending) => sending.id));
    const includedAnswers = data.answers.filter((answer) => includedIds.has(answer.sendingId));
    return { results, included, includedAnswers, quotes: testimonials(included, includedAnswers) };
  }, [data, filter]);
  const set = (change: Partial<ResultsFilter>) => setFilter((current) => ({ ...current, ...change }));

  const exportCsv = async () => {
    if (!computed) return;
    try {
      const byId = new Map(computed.included.map((sending) => [sending.id, sending]));
      const saved = await import('./surveyFiles').then((files) =>
        files.saveCsv('survey-results.csv', resultsCsv(computed.results, byId, computed.includedAnswers)),
      );
      if (saved) showToast('Saved the survey results.');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <div className="survey-results">
      <p className="breadcrumb">
        <Link href="/surveys">Surveys</Link>
      </p>
      <PageHeader
        title="Survey results"
        actions={
          <button type="button" className="button" onClick={exportCsv} disabled={!computed}>
            Export results (CSV)
          </button>
        }
      />
      <form
        className="card results-filters"
        aria-label="Which answers"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          id="results-survey"
          label="Survey"
          value={filter.surveyId}
          options={[
            { value: '', label: 'All surveys' },
            ...(data?.surveys ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(surveyId) => set({ surveyId })}
        />
        <TextField
          id="results-from"
          type="date"
          label="Sent from"
          value={filter.from}
          onChange={(from) => set({ from })}
        />
        <TextField
          id="results-to"
          type="date"
          label="Sent until"
          value={filter.to}
          onChange={(to) => set({ to })}
        />
        <SelectField<ClientKind | ''>
          id="results-kind"
          label="Client kind"
          value={filter.clientKind}
          options={[
            { value: '', label: 'All kinds' },
            ...clientKinds.map((kind) => ({ value: kind, label: clientKindLabels[kind] })),
          ]}
          onChange={(clientKind) => set({ clientKind })}
        />
        <SelectField
          id="results-service"
          label="Service type"
          value={filter.serviceTypeId}
          options={[
            { value: '', label: 'All services' },
            ...(data?.serviceTypes ?? []).map((t) => ({ value: t.id, label: t.name })),
          ]}
          onChange={(serviceTypeId) => set({ serviceTypeId })}
        />
      </form>
      {!computed ? (
        <p className="loading">Loading…</p>
      ) : computed.results.sent === 0 ? (
        <p className="card muted">No survey was sent in this selection yet.</p>
      ) : (
        <>
          <ResultsFigures results={computed.results} />
          <h2 className="results-heading">Question by question</h2>
          {computed.results.questions.map((question, index) => (
            <QuestionResultCard key={question.questionId} result={question} number={index + 1} />
          ))}
          <TestimonialsSection list={computed.quotes} />
        </>
      )}
    </div>
  );
}
