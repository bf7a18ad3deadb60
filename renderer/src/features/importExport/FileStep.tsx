import { maxContactsFileBytes } from '@shared/bridge/contract';
import { formatFileSize } from '@shared/text/fileSize';
import { chooseContactsFile } from './importActions';

interface FileStepProps {
  refusal: string;
  notice: string;
}

/** The first step: pick a file, or drop one anywhere on the window. */
export function FileStep({ refusal, notice }: FileStepProps) {
  return (
    <section className="card import-file" aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">Import contacts</h2>
      <p>
        Bring in the contacts you keep in another tool: a CSV file exported from Google Contacts, Outlook,
        LinkedIn, Thunderbird, HubSpot or Mailchimp, a vCard (.vcf) file from Apple Contacts or a phone, or
        any spreadsheet saved as CSV. You see a preview first; nothing is saved until you choose Import.
      </p>
      {refusal && (
        <div className="import-alert import-alert--error" role="alert">
          <h3>This file cannot be imported</h3>
          <p>{refusal}</p>
        </div>
      )}
      {notice && (
        <p className="import-alert" role="status">
          {notice}
        </p>
      )}
      <div className="import-file__drop">
        <button type="button" className="button button--primary" onClick={() => void chooseContactsFile()}>
          Choose a file…
        </button>
        <p className="muted">
          or drop a CSV or vCard file anywhere on this window (up to {formatFileSize(maxContactsFileBytes)}).
        </p>
      </div>
    </section>
  );
}
