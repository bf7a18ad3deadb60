import { contactSourceLabels, csvDelimiterLabels, textEncodingLabels } from '@shared/import';
import { formatFileSize } from '@shared/text/fileSize';
import { ImportProgress } from '../ImportProgress';
import { useImportSession } from '../importSessionStore';
import type { ImportPreview } from '../worker/importProtocol';
import { ColumnsDisclosure } from './ColumnsDisclosure';
import { DuplicatesSection } from './DuplicatesSection';
import { FirstClients } from './FirstClients';
import { ImportBar } from './ImportBar';
import { PreviewSummary } from './PreviewSummary';
import { ProblemsSection } from './ProblemsSection';
import { ReadingSettings } from './ReadingSettings';

function factsOf(preview: ImportPreview): string {
  const rows =
    preview.format === 'vcard'
      ? `${preview.rowCount.toLocaleString()} ${preview.rowCount === 1 ? 'card' : 'cards'}`
      : `${preview.rowCount.toLocaleString()} ${preview.rowCount === 1 ? 'row' : 'rows'}`;
  const facts = [`From ${contactSourceLabels[preview.source]}`, rows, formatFileSize(preview.fileSize)];
  facts.push(textEncodingLabels[preview.encoding]);
  if (preview.delimiter) facts.push(`${csvDelimiterLabels[preview.delimiter]} between values`);
  if (preview.format === 'vcard' && preview.vcardVersion) facts.push(`vCard ${preview.vcardVersion}`);
  return facts.join(' · ');
}

/**
 * The preview of a file, most important first: where it is from and what the import would do,
 * the first clients, how it is read (columns folded away when all is recognised), matches and
 * problems. A file that cannot be imported at all says so once, in the alert.
 */
export function PreviewStep({ preview }: { preview: ImportPreview }) {
  const work = useImportSession((state) => state.work);
  const notice = useImportSession((state) => state.notice);
  const blocked = preview.fileProblems.length > 0;
  return (
    <div className="import-preview">
      <section className="card" aria-labelledby="import-preview-heading">
        <h2 id="import-preview-heading">Check the import of {preview.fileName}</h2>
        <p className="muted">{factsOf(preview)}</p>
        {notice && (
          <p className="import-alert" role="status">
            {notice}
          </p>
        )}
        {work && <ImportProgress work={work} />}
        {preview.fileProblems.length > 0 && (
          <div className="import-alert import-alert--error" role="alert">
            {preview.fileProblems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        {!blocked && <PreviewSummary preview={preview} />}
      </section>
      <div className={`import-preview__body${work ? ' import-preview__body--busy' : ''}`} aria-busy={!!work}>
        <FirstClients preview={preview} />
        <section className="card" aria-labelledby="import-reading-heading">
          <h2 id="import-reading-heading">How the file is read</h2>
          <ReadingSettings preview={preview} />
        </section>
        {preview.format === 'csv' && <ColumnsDisclosure preview={preview} />}
        {!blocked && <DuplicatesSection preview={preview} />}
        {!blocked && <ProblemsSection preview={preview} />}
      </div>
      <ImportBar preview={preview} busy={work !== null} />
    </div>
  );
}
