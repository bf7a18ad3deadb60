import { formatIsoDate } from '@shared/dates/isoDate';
import type { QuestionResult } from '@shared/surveys';
import { DistributionChart } from './DistributionChart';

const shownTexts = 50;

function chartSummary(result: QuestionResult): string {
  const top = [...result.distribution].sort((a, b) => b.count - a.count)[0];
  const parts = [`${result.answered} answers.`];
  if (result.average !== null) parts.push(`Average ${result.average}.`);
  if (top && top.count > 0) parts.push(`Most common: ${top.label} (${top.count}).`);
  return parts.join(' ');
}

/** One question's results: its distribution chart and table, or its written answers. */
export function QuestionResultCard({ result, number }: { result: QuestionResult; number: number }) {
  const headingId = `result-${result.questionId}`;
  return (
    <section className="card question-result" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {number}. {result.text}
      </h3>
      {result.distribution.length > 0 ? (
        <DistributionChart
          bars={result.distribution}
          label={`Answers to “${result.text}”`}
          summary={chartSummary(result)}
        />
      ) : result.texts.length === 0 ? (
        <p className="muted">No written answers.</p>
      ) : (
        <>
          <ul className="text-answers">
            {result.texts.slice(0, shownTexts).map((answer, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same words may come from two clients
              <li key={index}>
                <blockquote>{answer.text}</blockquote>
                <p className="muted">
                  {answer.clientName} · {answer.projectTitle} · {formatIsoDate(answer.answeredOn)}
                </p>
              </li>
            ))}
          </ul>
          {result.texts.length > shownTexts && (
            <p className="muted">
              The newest {shownTexts} of {result.texts.length} are shown; export the results for all.
            </p>
          )}
        </>
      )}
    </section>
  );
}
