import {
  type ContactSource,
  type CsvDelimiter,
  contactSourceLabels,
  contactSources,
  csvDelimiterLabels,
  csvDelimiters,
  type TextEncoding,
  textEncodingLabels,
  textEncodings,
} from '@shared/import';
import { type ClientKind, clientKindLabels, clientKinds } from '@shared/model/client';
import { SelectField, TextField } from '../../../ui/Field';
import { changeImportSettings } from '../importActions';
import { setImportSession, useImportSession } from '../importSessionStore';
import type { ImportPreview } from '../worker/importProtocol';

/** "Google Contacts (detected)": the value the file suggested is marked in each list. */
function marked<T extends string>(values: readonly T[], labels: Record<T, string>, detected: T | null) {
  return values.map((value) => ({
    value,
    label: value === detected ? `${labels[value]} (detected)` : labels[value],
  }));
}

const csvSources = contactSources.filter((source) => source !== 'vcard');
const kindOptions: { value: ClientKind | 'auto'; label: string }[] = [
  { value: 'auto', label: 'Guess from each row' },
  ...clientKinds.map((kind) => ({ value: kind, label: clientKindLabels[kind] })),
];

/** How the file is read (source, encoding, delimiter), the kind of its clients and the batch tag. */
export function ReadingSettings({ preview }: { preview: ImportPreview }) {
  const kind = useImportSession((state) => state.settings.kind);
  const batchTag = useImportSession((state) => state.batchTag);
  const { detected } = preview;
  return (
    <div className="form-grid import-settings">
      {preview.format === 'csv' ? (
        <SelectField<ContactSource>
          id="import-source"
          label="Exported from"
          value={preview.source}
          options={marked(csvSources, contactSourceLabels, detected.source)}
          onChange={(source) => void changeImportSettings({ source })}
          hint="Sets what each column means; change it if the guess is wrong."
        />
      ) : (
        <p className="import-settings__fact">
          <strong>Exported from</strong>
          <span>vCard file{preview.vcardVersion ? ` (version ${preview.vcardVersion})` : ''}</span>
        </p>
      )}
      <SelectField<TextEncoding>
        id="import-encoding"
        label="Text encoding"
        value={preview.encoding}
        options={marked(textEncodings, textEncodingLabels, detected.encoding)}
        onChange={(encoding) => void changeImportSettings({ encoding })}
        hint="If names show odd characters (Ã©, �), try another encoding."
      />
      {preview.delimiter && (
        <SelectField<CsvDelimiter>
          id="import-delimiter"
          label="Values separated by"
          value={preview.delimiter}
          options={marked(csvDelimiters, csvDelimiterLabels, detected.delimiter)}
          onChange={(delimiter) => void changeImportSettings({ delimiter })}
        />
      )}
      <SelectField<ClientKind | 'auto'>
        id="import-kind"
        label="Kind of client"
        value={kind}
        options={kindOptions}
        onChange={(next) => void changeImportSettings({ kind: next })}
        hint="A row with an organization is a business, or government by its email; one without is a consumer."
      />
      <TextField
        id="import-batch-tag"
        label="Tag for this import"
        className="import-settings__tag"
        value={batchTag}
        onChange={(next) => setImportSession({ batchTag: next })}
        hint="Added to every client this import creates, to find them later. Leave empty for none."
      />
    </div>
  );
}
