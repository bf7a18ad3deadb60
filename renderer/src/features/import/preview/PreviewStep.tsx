import { contactSourceLabels, csvDelimiterLabels, textEncodingLabels } from '@shared/import';
import { formatFileSize } from '@shared/text/fileSize';
import { ImportProgress } from '../ImportProgress';
import { useImportSession } from '../importSessionStore';
import type { ImportPreview } from '../worker/importProtocol';
import { DuplicatesSection } from './DuplicatesSection';
import { FirstClients } from './FirstClients';
import { ImportBar } from './ImportBar';
import { MappingTable } from './MappingTable';
import { ProblemsSection } from './ProblemsSection';
import { ReadingSettings } from './ReadingSettings';

function factsOf(preview: ImportPreview): string {
  const rows =
    preview.format === 'vcard'
      ? `${preview.rowCount.toLocaleString()} ${preview.rowCount === 1 ? 'card' : 'cards'}`
      : `${preview.rowCount.toLocaleString()} ${preview.rowCount === 1 ? 'row' : 'rows'}`;
  const facts = [rows, formatFileSize(preview.fileSize), contactSourceLabels[preview.source]];
  facts.push(textEncodingLabels[preview.encoding]);
  if (preview.delimiter) facts.push(`${csvDelimiterLabels[preview.delimiter]} between values`);
  if (preview.format === 'vcard' && preview.vcardVersion) facts.push(`vCard ${preview.vcardVersion}`);
  return facts.join(' · ');
}

/** The preview of a file: how it is read, its columns, its first clients, matches and problems. */
export function PreviewStep({ preview }: { preview: ImportPreview }) {
  const work = useImportSession((state) => state.work);
  const notice = useImportSession((state) => state.notice);
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
        <ReadingSettings preview={preview} />
      </section>
      <div className={`import-preview__body${work ? ' import-preview__body--busy' : ''}`} aria-busy={!!work}>
        {preview.format === 'csv' && <MappingTable preview={preview} />}
        <FirstClients preview={preview} />
        <DuplicatesSection preview={preview} />
        <ProblemsSection preview={preview} />
      </div>
      <ImportBar preview={preview} busy={work !== null} />
    </div>
  );
}
