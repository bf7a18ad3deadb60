import { Link, useLocation } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { useSurveys } from '../../db/hooks/surveyHooks';
import { createReadySurvey, duplicateSurvey, setSurveyRetired } from '../../db/surveysRepository';
import { showError, showToast } from '../../state/toastStore';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { RowActions } from '../../ui/RowActions';
import { AwaitingAnswers } from './AwaitingAnswers';
import { ReminderSetting } from './ReminderSetting';
import { ReturnedPdfPanel } from './ReturnedPdfPanel';
import { surveyCompanyName } from './surveyCompany';

/** The surveys: the questionnaires, returned PDFs, sendings waiting for an answer. */
export function SurveysPage() {
  const [, navigate] = useLocation();
  const settings = useSettings();
  const surveys = useSurveys();

  const startReady = async () => {
    try {
      const id = await createReadySurvey(db, surveyCompanyName(settings));
      navigate(`/surveys/${id}`);
    } catch (error) {
      showError(error);
    }
  };
  const duplicate = async (id: string) => {
    try {
      navigate(`/surveys/${await duplicateSurvey(db, id)}`);
    } catch (error) {
      showError(error);
    }
  };
  const retire = async (id: string, name: string, retired: boolean) => {
    await setSurveyRetired(db, id, retired).catch(showError);
    if (retired)
      showToast(`Retired “${name}”: it is no longer offered.`, () => setSurveyRetired(db, id, false));
  };

  const sorted = [...(surveys ?? [])].sort(
    (a, b) => Number(a.retired) - Number(b.retired) || a.name.localeCompare(b.name),
  );
  return (
    <div className="surveys-page">
      <PageHeader
        title="Surveys"
        subtitle="Ask clients what they thought after the final invoice, and see what they say."
        actions={
          <>
            <Link href="/surveys/results" className="button">
              Results
            </Link>
            <Link href="/surveys/import" className="button">
              Import answers from a Forms CSV
            </Link>
            <Link href="/surveys/new" className="button">
              New survey
            </Link>
            <button type="button" className="button button--primary" onClick={startReady}>
              Start from the ready-made survey
            </button>
          </>
        }
      />
      <section className="card" aria-labelledby="surveys-heading">
        <h2 id="surveys-heading">Questionnaires</h2>
        {surveys && sorted.length === 0 ? (
          <EmptyState title="No surveys yet">
            <p>
              Start from the ready-made survey: twelve questions clients answer in a few minutes, with your
              business name in them. You can change every question.
            </p>
          </EmptyState>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Surveys</caption>
              <thead>
                <tr>
                  <th scope="col">Survey</th>
                  <th scope="col" className="numeric">
                    Questions
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((survey) => (
                  <tr key={survey.id}>
                    <th scope="row">
                      <Link href={`/surveys/${survey.id}`}>{survey.name}</Link>
                    </th>
                    <td className="numeric">{survey.questions.length}</td>
                    <td>{survey.retired ? 'Retired' : 'In use'}</td>
                    <RowActions
                      rowName={survey.name}
                      actions={[
                        { label: 'Edit', onClick: () => navigate(`/surveys/${survey.id}`) },
                        { label: 'Duplicate', onClick: () => duplicate(survey.id) },
                        survey.retired
                          ? { label: 'Bring back', onClick: () => retire(survey.id, survey.name, false) }
                          : { label: 'Retire', onClick: () => retire(survey.id, survey.name, true) },
                      ]}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ReturnedPdfPanel />
      <AwaitingAnswers />
      <ReminderSetting />
    </div>
  );
}
