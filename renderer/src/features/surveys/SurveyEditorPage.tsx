import { newId } from '@shared/ids';
import type { Survey, SurveyQuestion } from '@shared/surveys';
import {
  blankQuestion,
  duplicateQuestion,
  moveQuestion,
  recommendedMaxQuestions,
  removeQuestion,
  surveyProblems,
} from '@shared/surveys';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { db } from '../../db/appDatabase';
import { useSurvey } from '../../db/hooks/surveyHooks';
import { saveSurvey } from '../../db/surveysRepository';
import { showError, showToast } from '../../state/toastStore';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { QuestionEditor } from './QuestionEditor';

export function SurveyEditorPage() {
  const { id } = useParams<{ id?: string }>();
  const survey = useSurvey(id);
  if (survey === undefined) return <p className="loading">Loading…</p>;
  if (id && !survey)
    return (
      <EmptyState
        title="This survey no longer exists"
        actions={
          <Link href="/surveys" className="button">
            Back to surveys
          </Link>
        }
      />
    );
  return <SurveyEditor key={id ?? 'new'} survey={survey ?? undefined} />;
}

function SurveyEditor({ survey }: { survey: Survey | undefined }) {
  const [, navigate] = useLocation();
  const [name, setName] = useState(survey?.name ?? '');
  const [questions, setQuestions] = useState<SurveyQuestion[]>(
    () => survey?.questions ?? [blankQuestion(newId)],
  );
  const [problems, setProblems] = useState<string[]>([]);

  const update = (index: number, question: SurveyQuestion) =>
    setQuestions((list) => list.map((item, position) => (position === index ? question : item)));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = surveyProblems(name, questions);
    setProblems(found);
    if (found.length > 0) return;
    try {
      await saveSurvey(db, survey?.id, name, questions);
      showToast(`Saved the survey “${name.trim()}”. Surveys already sent keep their questions.`);
      navigate('/surveys');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <form className="survey-editor" onSubmit={save} noValidate>
      <p className="breadcrumb">
        <Link href="/surveys">Surveys</Link>
      </p>
      <PageHeader title={survey ? `Edit “${survey.name}”` : 'New survey'} />
      {problems.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>The survey cannot be saved yet</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="card">
        <TextField id="survey-name" label="Survey name" value={name} onChange={setName} />
        {survey && (
          <p className="field__hint">
            Changes apply to surveys sent from now on; those already sent keep their questions.
          </p>
        )}
      </div>
      {questions.length > recommendedMaxQuestions && (
        <p className="notice" role="status">
          This survey has {questions.length} questions. Past {recommendedMaxQuestions}, many clients stop
          answering: consider removing some.
        </p>
      )}
      <ol className="question-list">
        {questions.map((question, index) => (
          <QuestionEditor
            key={question.id}
            question={question}
            number={index + 1}
            count={questions.length}
            onChange={(changed) => update(index, changed)}
            onMove={(by) => setQuestions((list) => moveQuestion(list, index, by))}
            onDuplicate={() => setQuestions((list) => duplicateQuestion(list, index, newId))}
            onRemove={() => setQuestions((list) => removeQuestion(list, index))}
          />
        ))}
      </ol>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => setQuestions((list) => [...list, blankQuestion(newId)])}
        >
          Add question
        </button>
        <button type="submit" className="button button--primary">
          Save survey
        </button>
        <Link href="/surveys" className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
