import { contactSourceLabels } from '@shared/import';
import type { ImportPreview } from '../worker/importProtocol';
import { MappingTable } from './MappingTable';

/**
 * The column mapping. A file from a tool the app recognised, with every column understood,
 * needs no attention: it starts folded away and opens on demand.
 */
export function ColumnsDisclosure({ preview }: { preview: ImportPreview }) {
  const recognised = preview.source !== 'generic' && preview.source === preview.detected.source;
  if (!recognised || preview.unrecognizedColumns > 0 || preview.fileProblems.length > 0)
    return <MappingTable preview={preview} />;
  return (
    <details className="card import-columns">
      <summary>
        Columns: all {preview.header.length} read as {contactSourceLabels[preview.source]} writes them. Show
        or change
      </summary>
      <MappingTable preview={preview} />
    </details>
  );
}
