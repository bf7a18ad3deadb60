import { type ColumnMapping, type ImportFieldId, importFields } from '@shared/import';
import { changeImportSettings } from '../importActions';
import type { ImportPreview } from '../worker/importProtocol';
import { PresetControls } from './PresetControls';

const sections = [...new Set(importFields.map((field) => field.section))];
const perPerson = new Set(importFields.filter((field) => field.perPerson).map((field) => field.id));

function remap(preview: ImportPreview, index: number, mapping: ColumnMapping): void {
  void changeImportSettings({
    mapping: preview.mapping.map((current, column) => (column === index ? mapping : current)),
  });
}

/** Every column of the file with sample values and what it becomes; any can be changed or left out. */
export function MappingTable({ preview }: { preview: ImportPreview }) {
  const people = Math.min(10, Math.max(2, ...preview.mapping.map((column) => (column.person ?? 0) + 2)));
  const unused = preview.mapping.filter((column) => column.field === 'ignore').length;
  const keepUnused = () =>
    void changeImportSettings({
      mapping: preview.mapping.map((column, index) =>
        column.field === 'ignore' && preview.header[index] ? { field: 'labelledNote' } : column,
      ),
    });
  return (
    <section className="card" aria-labelledby="import-mapping-heading">
      <div className="section-header">
        <h2 id="import-mapping-heading">Columns</h2>
        {unused > 0 && (
          <button type="button" className="button" onClick={keepUnused}>
            Keep the {unused === 1 ? 'unused column' : `${unused} unused columns`} in the notes
          </button>
        )}
      </div>
      <p className="muted">
        Choose what each column becomes. Columns this app has no field for are kept in the client’s notes,
        with the column name; choose “Do not import” to leave one out.
      </p>
      <PresetControls preview={preview} />
      <div className="table-scroll">
        <table className="data-table import-mapping">
          <caption className="visually-hidden">What each column of the file becomes</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Sample values</th>
              <th scope="col">Import as</th>
              <th scope="col">Person</th>
            </tr>
          </thead>
          <tbody>
            {preview.header.map((cell, index) => {
              const name = cell || `Column ${index + 1}`;
              const mapping = preview.mapping[index] ?? { field: 'ignore' };
              const samples = preview.columnSamples[index] ?? [];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position
                <tr key={index}>
                  <th scope="row">{name}</th>
                  <td className="import-mapping__samples">
                    {samples.length === 0 ? (
                      <span className="muted">(empty in the first rows)</span>
                    ) : (
                      samples.map((sample, position) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: samples may repeat
                        <span key={position} className="import-mapping__sample">
                          {sample}
                        </span>
                      ))
                    )}
                  </td>
                  <td>
                    <select
                      aria-label={`Import column “${name}” as`}
                      value={mapping.field}
                      onChange={(event) => {
                        const field = event.target.value as ImportFieldId;
                        remap(
                          preview,
                          index,
                          perPerson.has(field) ? { field, person: mapping.person ?? 0 } : { field },
                        );
                      }}
                    >
                      {sections.map((section) => (
                        <optgroup key={section} label={section}>
                          {importFields
                            .filter((field) => field.section === section)
                            .map((field) => (
                              <option key={field.id} value={field.id}>
                                {field.label}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                  <td>
                    {perPerson.has(mapping.field) && (
                      <select
                        aria-label={`Person for column “${name}”`}
                        value={mapping.person ?? 0}
                        onChange={(event) =>
                          remap(preview, index, { ...mapping, person: Number(event.target.value) })
                        }
                      >
                        {Array.from({ length: people }, (_, person) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: people are numbered
                          <option key={person} value={person}>
                            Person {person + 1}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
