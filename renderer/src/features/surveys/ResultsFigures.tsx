import type { SurveyResults } from '@shared/surveys';
import { countOf } from '@shared/text/countWords';

function percent(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString()} %`;
}

/** The headline figures, each with the counts behind it, and the trend by quarter as a table. */
export function ResultsFigures({ results }: { results: SurveyResults }) {
  const { scores } = results;
  const npsCount = scores.promoters + scores.passives + scores.detractors;
  return (
    <>
      <section className="card" aria-labelledby="figures-heading">
        <h2 id="figures-heading">Summary</h2>
        <dl className="figures results-figures">
          <div>
            <dt>Response rate</dt>
            <dd>{percent(results.responseRate)}</dd>
            <dd className="muted">
              {results.answered} answered of {results.sent} sent
              {results.declined > 0 ? `, ${results.declined} declined` : ''}
            </dd>
          </div>
          <div>
            <dt>NPS</dt>
            <dd data-testid="nps-value">{scores.nps === null ? '—' : scores.nps}</dd>
            <dd className="muted">
              {npsCount === 0
                ? 'No recommend answers yet'
                : `${countOf(scores.promoters, 'promoter')}, ${countOf(scores.passives, 'passive')}, ${countOf(scores.detractors, 'detractor')}`}
            </dd>
          </div>
          <div>
            <dt>CSAT</dt>
            <dd>{percent(results.csat)}</dd>
            <dd className="muted">
              {countOf(results.csatCount, 'satisfaction answer')} (4–5 count as satisfied)
            </dd>
          </div>
        </dl>
      </section>
      {results.quarters.length > 0 && (
        <section className="card" aria-labelledby="trend-heading">
          <h2 id="trend-heading">Trend by quarter</h2>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Answers, NPS and CSAT by quarter</caption>
              <thead>
                <tr>
                  <th scope="col">Quarter</th>
                  <th scope="col" className="numeric">
                    Answered
                  </th>
                  <th scope="col" className="numeric">
                    NPS
                  </th>
                  <th scope="col" className="numeric">
                    CSAT
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.quarters.map((quarter) => (
                  <tr key={quarter.quarter}>
                    <th scope="row">{quarter.quarter}</th>
                    <td className="numeric">{quarter.answered}</td>
                    <td className="numeric">{quarter.nps ?? '—'}</td>
                    <td className="numeric">{percent(quarter.csat)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
