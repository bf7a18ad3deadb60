import { countOf } from '@shared/import';
import type { ImportPreview } from '../worker/importProtocol';

/** What matters first: how many clients are new, already in the book, or have problems. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const counts = preview.statusCounts;
  const matched = counts.duplicate + counts.conflict + counts['file-duplicate'];
  return (
    <>
      <ul className="import-summary-counts" aria-label="In this file">
        <li>
          <strong>{counts.new.toLocaleString()}</strong> new
        </li>
        <li>
          <strong>{matched.toLocaleString()}</strong> already in your book or repeated
        </li>
        <li>
          <strong>{preview.problemRowCount.toLocaleString()}</strong> with problems
        </li>
      </ul>
      {preview.governmentGuesses > 0 && (
        <p className="muted">
          {countOf(preview.governmentGuesses, 'organization')}{' '}
          {preview.governmentGuesses === 1 ? 'looks' : 'look'} like a government body from the name or email
          address, so {preview.governmentGuesses === 1 ? 'it is' : 'they are'} marked “Government (B2G)” as a
          guess. Change “Kind of client” below for the whole file, or change the kind on a client later.
        </p>
      )}
    </>
  );
}
