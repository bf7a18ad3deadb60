import { type DuplicateAction, duplicateActionLabels, duplicateActions } from '@shared/contacts/planImport';
import { useState } from 'react';
import { SelectField } from '../../../ui/Field';
import { setImportSession, useImportSession } from '../importSessionStore';
import { Pager } from '../Pager';
import { useWorkerAnswer } from '../useWorkerAnswer';
import type { MatchedRowView, MatchFilter } from '../worker/importProtocol';
import { ClientSummaryText } from './ClientSummaryText';

const pageSize = 20;
const statusWords: Record<MatchedRowView['status'], string> = {
  duplicate: 'Duplicate',
  conflict: 'Conflict',
  'file-duplicate': 'Repeated in the file',
};
const filters: { value: MatchFilter; label: string }[] = [
  { value: 'matched', label: 'All matching rows' },
  { value: 'duplicate', label: 'Duplicates' },
  { value: 'conflict', label: 'Conflicts' },
  { value: 'file-duplicate', label: 'Repeated in the file' },
];

/** The matching rows, a page at a time, each with its match, its differences and its own choice. */
export function MatchedRows() {
  const action = useImportSession((state) => state.action);
  const overrides = useImportSession((state) => state.overrides);
  const revision = useImportSession((state) => state.revision);
  const [filter, setFilter] = useState<MatchFilter>('matched');
  const [offset, setOffset] = useState(0);
  const page = useWorkerAnswer(
    'matches',
    { filter, offset, limit: pageSize },
    `${revision}|${filter}|${offset}`,
  );
  const choose = (row: number, choice: DuplicateAction | '') => {
    const next = { ...overrides };
    if (choice === '') delete next[row];
    else next[row] = choice;
    setImportSession({ overrides: next });
  };
  return (
    <div className="import-matches">
      <SelectField<MatchFilter>
        id="import-match-filter"
        label="Show"
        value={filter}
        options={filters}
        onChange={(next) => {
          setFilter(next);
          setOffset(0);
        }}
        className="import-matches__filter"
      />
      <div className="table-scroll">
        <table className="data-table import-matches__table">
          <caption className="visually-hidden">Rows that match a client you have or an earlier row</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">In the file</th>
              <th scope="col">Matches</th>
              <th scope="col">Differences, and what filling would add</th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {page?.items.map((item) => (
              <tr key={item.row}>
                <td className="numeric">{item.row}</td>
                <td>
                  <ClientSummaryText summary={item.incoming} />
                </td>
                <td>
                  <span className={`import-status import-status--${item.status}`}>
                    {statusWords[item.status]}
                  </span>
                  {item.match && <ClientSummaryText summary={item.match} />}
                  {item.earlierRow !== null && (
                    <span className="import-summary__details">Same as row {item.earlierRow}</span>
                  )}
                </td>
                <td>
                  {item.differences.length > 0 && (
                    <ul className="import-differences">
                      {item.differences.map((difference) => (
                        <li key={difference.field}>
                          {difference.field}:{' '}
                          <span className="import-differences__old">{difference.existing}</span> →{' '}
                          <span className="import-differences__new">{difference.incoming}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <span className="import-summary__details">
                    {item.fills.length > 0 ? `Filling would add: ${item.fills.join(', ')}` : 'Nothing to add'}
                  </span>
                </td>
                <td>
                  <select
                    aria-label={`What to do with row ${item.row}`}
                    value={overrides[item.row] ?? ''}
                    onChange={(event) => choose(item.row, event.target.value as DuplicateAction | '')}
                  >
                    <option value="">As chosen above ({duplicateActionLabels[action]})</option>
                    {duplicateActions.map((choice) => (
                      <option key={choice} value={choice}>
                        {duplicateActionLabels[choice]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page && (
        <Pager
          label="Matching rows"
          total={page.total}
          offset={offset}
          pageSize={pageSize}
          onOffset={setOffset}
        />
      )}
    </div>
  );
}
