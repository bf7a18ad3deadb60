import { type ColumnMapping, ignoreColumn, noteColumn } from '../fields';
import { clienteleColumnMapping } from './clienteleMapping';
import { type CsvContactSource, headerKey } from './contactSources';
import { guessColumnMapping } from './genericMapping';
import { googleColumnMapping } from './googleMapping';
import {
  hubspotColumnMapping,
  linkedinColumnMapping,
  mailchimpColumnMapping,
  outlookColumnMapping,
  thunderbirdColumnMapping,
} from './toolMappings';

type ColumnMapper = (headerCell: string) => ColumnMapping | null;

const mappers: Record<CsvContactSource, ColumnMapper | null> = {
  google: googleColumnMapping,
  'google-legacy': googleColumnMapping,
  outlook: outlookColumnMapping,
  'outlook-com': outlookColumnMapping,
  linkedin: linkedinColumnMapping,
  thunderbird: thunderbirdColumnMapping,
  hubspot: hubspotColumnMapping,
  mailchimp: mailchimpColumnMapping,
  clientele: clienteleColumnMapping,
  generic: null,
};

/**
 * The mapping a source starts with: the tool's own columns as that tool means them, other
 * columns guessed from their names, and columns nobody recognises kept in the notes as
 * "Column: value" (the user can switch any of them to "Do not import").
 */
export function defaultMapping(source: CsvContactSource, header: readonly string[]): ColumnMapping[] {
  const specific = mappers[source];
  return header.map((cell) => {
    if (headerKey(cell) === '') return ignoreColumn;
    return specific?.(cell) ?? guessColumnMapping(cell) ?? noteColumn;
  });
}

/** Columns with a header that neither the source nor the column's name explains. */
export function unrecognizedColumnCount(source: CsvContactSource, header: readonly string[]): number {
  const specific = mappers[source];
  return header.filter((cell) => headerKey(cell) !== '' && !specific?.(cell) && !guessColumnMapping(cell))
    .length;
}
