import { todayIso } from '@shared/dates/isoDate';
import { useState } from 'react';
import { bridge } from '../../bridge';
import { readPickedSurveyPdf } from '../../bridge/browserBridge';
import { db } from '../../db/appDatabase';
import { AlreadyAnsweredError, saveSendingAnswers } from '../../db/surveySendingsRepository';
import { showToast } from '../../state/toastStore';
import { AnswerList } from './AnswerList';
import { checkReturnedPdf, type ReturnedPdfCheck } from './returnedPdf';

type Reviewed = Extract<ReturnedPdfCheck, { ok: true }>;

/**
 * Open or drop a returned survey PDF, see what was read, then save. A PDF for a sending that
 * already has answers asks whether to replace them or keep them.
 */
export function ReturnedPdfPanel() {
  const [problem, setProblem] = useState('');
  const [review, setReview] = useState<Reviewed | null>(null);
  const [askReplace, setAskReplace] = useState(false);
  const [busy, setBusy] = useState(false);

  const check = async (bytes: Uint8Array, name: string) => {
    setProblem('');
    setReview(null);
    setAskReplace(false);
    const result = await checkReturnedPdf(bytes, name);
    if (result.ok) setReview(result);
    else setProblem(result.message);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const open = () =>
    run(async () => {
      const file = await bridge.openReturnedSurveyPdf();
      if (file) await check(file.bytes, file.name);
    });
  const drop = (event: React.DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const file = event.dataTransfer.files[0];
    if (file) void run(async () => check((await readPickedSurveyPdf(file)).bytes, file.name));
  };
  const save = (replace: boolean) =>
    run(async () => {
      if (!review) return;
      try {
        await saveSendingAnswers(db, review.sending.id, review.answers, 'pdf', todayIso(), replace);
      } catch (error) {
        if (error instanceof AlreadyAnsweredError) {
          setAskReplace(true);
          return;
        }
        throw error;
      }
      showToast(`Saved the answers for “${review.sending.projectTitle}”.`);
      setReview(null);
      setAskReplace(false);
    });

  return (
    <section
      className="card returned-pdf"
      aria-labelledby="returned-pdf-heading"
      onDragOver={(event) => {
        event.preventDefault();
        event.stopPropagation();
      }}
      onDrop={drop}
    >
      <h2 id="returned-pdf-heading">Returned surveys</h2>
      <p className="muted">Open a survey PDF a client filled in and sent back, or drop it here.</p>
      <button type="button" className="button" onClick={open} disabled={busy}>
        Open a returned survey PDF
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {review && (
        <div className="returned-pdf__review">
          <h3>
            Answers read from “{review.fileName}” for “{review.sending.projectTitle}” (
            {review.sending.clientName})
          </h3>
          <AnswerList questions={review.sending.questions} answers={review.answers} />
          {askReplace ? (
            <div role="alert" className="notice">
              <p>
                This survey was already answered. Replace the saved answers with these, or keep the saved
                ones?
              </p>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => save(true)}
                  disabled={busy}
                >
                  Replace the saved answers
                </button>
                <button type="button" className="button" onClick={() => setReview(null)}>
                  Keep the saved answers
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => save(false)}
                disabled={busy}
              >
                Save these answers
              </button>
              <button type="button" className="button" onClick={() => setReview(null)}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
