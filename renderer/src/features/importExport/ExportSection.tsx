import { todayIso } from '@shared/dates/isoDate';
import { exportFileName } from '@shared/export/clientsCsv';
import { countOf } from '@shared/import';
import { useState } from 'react';
import { bridge } from '../../bridge';
import { useExportCounts } from '../../db/hooks/importHooks';
import { showError, showToast } from '../../state/toastStore';
import { callImportWorker } from './importWorkerClient';
import type { ExportFormat } from './worker/importProtocol';

interface ExportChoice {
  format: ExportFormat;
  label: (counts: { clients: number; projects: number; touches: number }) => string;
  fileName: (today: string) => string;
  kind: 'csv' | 'vcard';
  what: string;
  plural?: string;
  hint: string;
}

const choices: ExportChoice[] = [
  {
    format: 'clients-csv',
    label: ({ clients }) => `clients for a spreadsheet (${countOf(clients, 'client')})`,
    fileName: (today) => exportFileName('clients', today, 'csv'),
    kind: 'csv',
    what: 'client',
    hint: 'CSV, one row per client with everything this app keeps; text that could run as a formula gets a leading apostrophe.',
  },
  {
    format: 'contacts-app-csv',
    label: ({ clients }) => `clients for another contacts app (${countOf(clients, 'client')})`,
    fileName: (today) => exportFileName('contacts-for-google-outlook', today, 'csv'),
    kind: 'csv',
    what: 'client',
    hint: 'CSV in Google Contacts’ column layout (Outlook reads it too), one row per person, values exactly as typed.',
  },
  {
    format: 'projects-csv',
    label: ({ projects }) => `projects as CSV (${countOf(projects, 'project')})`,
    fileName: (today) => exportFileName('projects', today, 'csv'),
    kind: 'csv',
    what: 'project',
    hint: 'One row per project with its client, dates and amount; amounts are numbers a spreadsheet can add up.',
  },
  {
    format: 'touches-csv',
    label: ({ touches }) => `touches as CSV (${countOf(touches, 'touch', 'touches')})`,
    fileName: (today) => exportFileName('touches', today, 'csv'),
    kind: 'csv',
    what: 'touch',
    plural: 'touches',
    hint: 'One row per call, email, meeting or note, with the client’s name and id and any follow-up.',
  },
  {
    format: 'vcard-4.0',
    label: () => 'clients as vCard 4.0',
    fileName: (today) => exportFileName('clients', today, 'vcf'),
    kind: 'vcard',
    what: 'client',
    hint: 'For Apple Contacts, Google Contacts and current phones: a card per person.',
  },
  {
    format: 'vcard-3.0',
    label: () => 'clients as vCard 3.0 (older address books)',
    fileName: (today) => exportFileName('clients-vcard3', today, 'vcf'),
    kind: 'vcard',
    what: 'client',
    hint: 'For Outlook and older phones that do not read version 4.0.',
  },
];

function exportableCount(
  choice: ExportChoice,
  counts: { clients: number; projects: number; touches: number },
) {
  if (choice.what === 'touch') return counts.touches;
  return choice.what === 'project' ? counts.projects : counts.clients;
}

/** Clients and projects out: CSV for spreadsheets (UTF-8, formula-safe), vCard for address books. */
const noRecords = { clients: 0, projects: 0, touches: 0 };

export function ExportSection() {
  const counts = useExportCounts() ?? noRecords;
  const [busy, setBusy] = useState<ExportFormat | ''>('');
  const save = async (choice: ExportChoice) => {
    setBusy(choice.format);
    try {
      const { bytes, count } = await callImportWorker('export', { format: choice.format }).promise;
      const saved = await bridge.saveFile({
        suggestedName: choice.fileName(todayIso()),
        kind: choice.kind,
        bytes,
      });
      if (saved.saved) showToast(`Saved ${countOf(count, choice.what, choice.plural)} to ${saved.fileName}.`);
    } catch (error) {
      showError(error);
    } finally {
      setBusy('');
    }
  };
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p className="muted">
        CSV files open in any spreadsheet: UTF-8 so accents survive, numbers as numbers, and text that could
        run as a formula made safe. vCard files go into Apple Contacts, Google Contacts, Outlook and phones;
        this app reads its own exports back without creating duplicates.
      </p>
      <ul className="import-export__list">
        {choices.map((choice) => (
          <li key={choice.format}>
            <button
              type="button"
              className="button"
              disabled={busy !== '' || exportableCount(choice, counts) === 0}
              onClick={() => void save(choice)}
              aria-describedby={`export-hint-${choice.format}`}
            >
              {busy === choice.format ? 'Preparing…' : `Export ${choice.label(counts)}`}
            </button>
            <span className="muted" id={`export-hint-${choice.format}`}>
              {choice.hint}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
