import type { ImportProblem } from '@shared/import';

/** Rows that cannot be used, with the spreadsheet row number and the column, so they can be fixed. */
export function FormsProblems({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return <p className="muted">Every row matched a survey you sent.</p>;
  return (
    <section className="card" aria-labelledby="forms-problems-heading">
      <h2 id="forms-problems-heading">
        {problems.length} {problems.length === 1 ? 'problem' : 'problems'}: these rows will be left out
      </h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Problems in the file</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several problems
              <tr key={index}>
                <td className="numeric">{problem.row || '—'}</td>
                <td>{problem.field || '—'}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
