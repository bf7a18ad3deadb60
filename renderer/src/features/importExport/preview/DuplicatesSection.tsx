import { type DuplicateAction, duplicateActionLabels, duplicateActions } from '@shared/contacts/planImport';
import { countOf } from '@shared/import';
import { setImportSession, useImportSession } from '../importSessionStore';
import type { ImportPreview } from '../worker/importProtocol';
import { MatchedRows } from './MatchedRows';

const actionHints: Record<DuplicateAction, string> = {
  skip: 'Leave those rows out. Importing the same file again then adds nothing.',
  'fill-empty': 'Add what the row has and the client lacks (a phone, a website, a tag); change nothing else.',
  'import-as-new': 'Create a separate client for each of those rows.',
};

/** Counts of new, duplicate, conflicting and repeated rows, the choice for them, and the rows themselves. */
export function DuplicatesSection({ preview }: { preview: ImportPreview }) {
  const action = useImportSession((state) => state.action);
  const counts = preview.statusCounts;
  const matched = counts.duplicate + counts.conflict + counts['file-duplicate'];
  return (
    <section className="card" aria-labelledby="import-duplicates-heading">
      <h2 id="import-duplicates-heading">Clients you already have</h2>
      <ul className="import-counts" aria-label="Contacts in the file">
        <li>
          <strong>{counts.new.toLocaleString()}</strong> new
        </li>
        <li>
          <strong>{counts.duplicate.toLocaleString()}</strong>{' '}
          {counts.duplicate === 1 ? 'duplicate' : 'duplicates'} of clients you have
        </li>
        <li>
          <strong>{counts.conflict.toLocaleString()}</strong> conflicting with clients you have
        </li>
        <li>
          <strong>{counts['file-duplicate'].toLocaleString()}</strong> repeated within the file
        </li>
      </ul>
      <p className="muted">
        Contacts match by email, phone number, name and organization, or LinkedIn profile. A conflict is a
        match whose details differ: a different city or job title, say.
      </p>
      {matched === 0 ? (
        <p>
          None of the {countOf(preview.contactCount, 'contact')} matches a client you have, or another row.
        </p>
      ) : (
        <>
          <fieldset className="import-actions">
            <legend>For the {countOf(matched, 'row')} that match a client or an earlier row</legend>
            <div className="radio-cards">
              {duplicateActions.map((choice) => (
                <label key={choice} className="radio-card">
                  <input
                    type="radio"
                    name="import-duplicate-action"
                    value={choice}
                    checked={action === choice}
                    onChange={() => setImportSession({ action: choice })}
                  />
                  <span className="radio-card__title">{duplicateActionLabels[choice]}</span>
                  <span className="radio-card__hint">{actionHints[choice]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <MatchedRows />
        </>
      )}
    </section>
  );
}
