import { PageHeader } from '../../ui/PageHeader';
import { ExportSection } from './ExportSection';
import { ImportHistory } from './ImportHistory';
import { ImportSection } from './ImportSection';

/** Contacts in (import with preview, history with undo) and out (CSV and vCard). */
export function ImportExportPage() {
  return (
    <div className="import-page">
      <PageHeader
        title="Import & export"
        subtitle="Bring contacts in from other tools, or take your clients and projects out."
      />
      <ImportSection />
      <ImportHistory />
      <ExportSection />
    </div>
  );
}
