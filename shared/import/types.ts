import type { ClientDetails } from '../model/client';
import type { ImportedMarketing } from './marketingColumns';
import type { GovernmentClue } from './values/governmentGuess';

/** The text encodings a contacts file can be read as; 'auto' lets the reader decide. */
export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof textEncodings)[number];
export type EncodingChoice = TextEncoding | 'auto';

export const textEncodingLabels: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8 (Unicode)',
  'utf-16le': 'UTF-16 little-endian (Unicode)',
  'utf-16be': 'UTF-16 big-endian (Unicode)',
  'windows-1252': 'Windows-1252 (Western European, Excel)',
};

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export const csvDelimiterLabels: Record<CsvDelimiter, string> = {
  ',': 'Comma',
  ';': 'Semicolon',
  '\t': 'Tab',
};

type ProblemSeverity = 'error' | 'warning';

/** Something wrong with one row of the file, or with the whole file (row 0). */
export interface ImportProblem {
  /**
   * Where it is, 1-based as the user sees it: the spreadsheet row for a CSV file (header row
   * and any preamble included), the line of the card's BEGIN:VCARD for a vCard file.
   * 0 means the whole file.
   */
  row: number;
  /** The column header (CSV) or property (vCard) it concerns; '' for a whole row or the file. */
  field: string;
  message: string;
  /**
   * 'error': the row (or the file) was not imported. 'warning': the row was imported and the
   * value that could not be used was kept in the client's notes.
   */
  severity: ProblemSeverity;
  /** The value concerned, or ''. */
  value: string;
  /** What happens to the row, in words, when it is not the severity's usual outcome. */
  outcome?: string;
}

/** One client as it will be created from the file. */
export interface ImportedContact {
  /** The row (CSV) or line (vCard) it came from; see ImportProblem.row. */
  row: number;
  /** Tidied with normalizeClientDetails; includes the batch tag when one was given. */
  details: ClientDetails;
  /** clientMatchKeys(details), computed once here because it is the costly part of matching. */
  matchKeys: string[];
  /** The tag added for the batch ('' if none): merges into existing clients leave it out. */
  batchTag: string;
  /** Set when the kind is government only because the name or email domain looks like one. */
  kindClue?: GovernmentClue;
  /** Set when the file has a source channel or campaign column with a value on this row. */
  marketing?: ImportedMarketing;
}

/** Receives the share of the work done, from 0 to 1. */
export type ProgressCallback = (fraction: number) => void;
