import { formatIsoDate, todayIso } from '@shared/dates/isoDate';
import type { AnswerDraft } from '@shared/surveys';
import {
  emailSubject,
  sourceFromAnswer,
  surveyEmailBody,
  surveyMailtoUrl,
  surveyPrintableHtml,
} from '@shared/surveys';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { bridge } from '../../bridge';
import { db } from '../../db/appDatabase';
import { useSendingWithAnswers } from '../../db/hooks/surveyHooks';
import { markSendingDeclined, markSendingSent, setClientSource } from '../../db/surveySendingsRepository';
import { showError, showToast } from '../../state/toastStore';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { AnswerList } from './AnswerList';
import { HandAnswersForm } from './HandAnswersForm';
import { SendingStatusBadge } from './SendingStatusBadge';
import { copyText, saveSurveyPdf } from './surveyFiles';

/** One survey sent for one project: send it (PDF, email, paper), then see or enter its answers. */
export function SendingPage() {
  const { id } = useParams<{ id: string }>();
  const data = useSendingWithAnswers(id);
  const [entering, setEntering] = useState(false);
  if (data === undefined) return <p className="loading">Loading…</p>;
  if (!data)
    return (
      <EmptyState
        title="This survey sending no longer exists"
        actions={
          <Link href="/surveys" className="button">
            Back to surveys
          </Link>
        }
      />
    );
  const { sending, answers, client } = data;
  const draft: AnswerDraft = Object.fromEntries(answers.map((answer) => [answer.questionId, answer.value]));
  const body = surveyEmailBody(sending);
  const subject = emailSubject(sending);
  const mailto = sending.contactEmail ? surveyMailtoUrl(sending.contactEmail, subject, body) : null;
  const sourceAnswer = answers.find((answer) => answer.role === 'source' && typeof answer.value === 'string');
  const source = sourceAnswer ? sourceFromAnswer(String(sourceAnswer.value)) : null;
  const sourceApplied =
    source && client && client.source.channel === source.channel && client.source.detail === source.detail;

  const act = (work: () => Promise<unknown>, done: string) => async () => {
    try {
      await work();
      showToast(done);
    } catch (error) {
      showError(error);
    }
  };
  const savePdf = act(async () => {
    if (await saveSurveyPdf(sending)) await markSendingSent(db, sending.id, todayIso());
  }, 'Saved the survey PDF. Attach it to your email with the final invoice.');

  return (
    <article className="sending-page">
      <p className="breadcrumb">
        <Link href="/surveys">Surveys</Link> ·{' '}
        <Link href={`/clients/${sending.clientId}`}>{sending.clientName}</Link>
      </p>
      <PageHeader
        title={`Survey for “${sending.projectTitle}”`}
        subtitle={
          <>
            {sending.surveyName} · {sending.contactName || sending.clientName}{' '}
            <SendingStatusBadge sending={sending} />
          </>
        }
      />
      {sending.status !== 'answered' && (
        <section className="card" aria-labelledby="send-heading">
          <h2 id="send-heading">Send it</h2>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={savePdf}>
              Save the fillable PDF
            </button>
            <button
              type="button"
              className="button"
              onClick={act(
                () =>
                  bridge.printDocument({ title: sending.projectTitle, html: surveyPrintableHtml(sending) }),
                'Opened the print dialog.',
              )}
            >
              Print a paper form
            </button>
          </div>
          <div className="field">
            <label htmlFor="survey-email-text">Email text, for clients who answer in their reply</label>
            <textarea id="survey-email-text" readOnly rows={10} value={body} />
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={act(() => copyText(body), 'Copied the email text.')}
            >
              Copy the email text
            </button>
            {mailto ? (
              <button
                type="button"
                className="button"
                onClick={act(() => bridge.openExternalLink(mailto), 'Opened your mail app.')}
              >
                Open in your mail app
              </button>
            ) : (
              <p className="muted">
                {sending.contactEmail
                  ? 'The text is too long for a mail link: copy it into your email instead.'
                  : 'No email address for this person: copy the text or print the form.'}
              </p>
            )}
          </div>
          <div className="button-row">
            {sending.status === 'draft' && (
              <button
                type="button"
                className="button"
                onClick={act(() => markSendingSent(db, sending.id, todayIso()), 'Marked as sent today.')}
              >
                Mark as sent today
              </button>
            )}
            {sending.status !== 'declined' && (
              <button
                type="button"
                className="button button--quiet"
                onClick={act(() => markSendingDeclined(db, sending.id, todayIso()), 'Marked as declined.')}
              >
                The client declined
              </button>
            )}
          </div>
        </section>
      )}
      <section className="card" aria-labelledby="answers-heading">
        <div className="section-header">
          <h2 id="answers-heading">Answers</h2>
          {!entering && (
            <button type="button" className="button" onClick={() => setEntering(true)}>
              {answers.length > 0 ? 'Correct the answers by hand' : 'Enter answers by hand'}
            </button>
          )}
        </div>
        {entering ? (
          <HandAnswersForm sending={sending} initial={draft} onDone={() => setEntering(false)} />
        ) : sending.status === 'answered' ? (
          <>
            <p className="muted">Answered {formatIsoDate(sending.answeredOn)}.</p>
            <AnswerList questions={sending.questions} answers={draft} />
            {source && client && (
              <p className="apply-source">
                {sourceApplied ? (
                  'The client’s source is set from this answer.'
                ) : (
                  <button
                    type="button"
                    className="button"
                    onClick={act(
                      () => setClientSource(db, client.id, source),
                      'Set the client’s source from the survey.',
                    )}
                  >
                    Set “{String(sourceAnswer?.value)}” as how {sending.clientName} found you
                  </button>
                )}
              </p>
            )}
          </>
        ) : (
          <p className="muted">
            No answers yet. Open the returned PDF on the Surveys page, or enter the answers by hand.
          </p>
        )}
      </section>
    </article>
  );
}
