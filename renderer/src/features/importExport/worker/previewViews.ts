import { withoutBatchTag } from '@shared/contacts/classifyImport';
import { fieldPathLabel } from '@shared/contacts/fieldPathLabels';
import { fillEmptyReport } from '@shared/contacts/mergeFillEmpty';
import { type ClientSummary, countProblems, summarizeClient } from '@shared/import';
import { unrecognizedColumnCount } from '@shared/import/sources/defaultMapping';
import type { GovernmentClue } from '@shared/import/values/governmentGuess';
import type { ClientDetails } from '@shared/model/client';
import type { ImportPreview, MatchedRowView } from './importProtocol';
import type { ImportSession, ReadState } from './importSession';

const firstClientCount = 8;
const samplesPerColumn = 3;

/** The preview of a completed read: counts, the first clients and samples of every column. */
export function buildPreview(
  state: ReadState,
  file: Pick<ImportPreview, 'fileName' | 'fileSize' | 'detected'>,
): ImportPreview {
  const { result, classification } = state;
  return {
    ...file,
    format: result.format,
    encoding: result.encoding,
    delimiter: result.delimiter,
    source: result.source,
    mapping: result.mapping,
    header: result.header,
    headerRow: result.headerRow,
    columnSamples: result.header.map((_, column) =>
      result.sampleRows
        .map((cells) => (cells[column] ?? '').trim())
        .filter((value) => value !== '')
        .slice(0, samplesPerColumn),
    ),
    rowCount: result.rowCount,
    vcardVersion: result.vcardVersion,
    fileProblems: result.problems.filter((problem) => problem.row === 0).map((problem) => problem.message),
    contactCount: result.contacts.length,
    statusCounts: classification.counts,
    problemCounts: countProblems(state.rowProblems),
    firstClients: result.contacts.slice(0, firstClientCount).map((contact) => ({
      row: contact.row,
      summary: withKindGuess(summarizeClient(contact.details), contact.kindClue),
    })),
    governmentGuesses: result.contacts.filter((contact) => contact.kindClue).length,
    problemRowCount: new Set(state.rowProblems.map((problem) => problem.row)).size,
    unrecognizedColumns:
      result.source === 'vcard' ? 0 : unrecognizedColumnCount(result.source, result.header),
  };
}

const clueWords = { name: 'guessed from the name', email: 'guessed from the email or website' };

function withKindGuess(summary: ClientSummary, clue: GovernmentClue | undefined): ClientSummary {
  return clue ? { ...summary, kind: `${summary.kind}, ${clueWords[clue]}` } : summary;
}

/** One matched row as the duplicates list shows it: both sides, differences and what would be filled. */
export function matchedRowView(session: ImportSession, index: number): MatchedRowView {
  const { result, classification } = session.state;
  const contact = result.contacts[index];
  const match = classification.matches[index];
  if (!contact || !match || match.status === 'new') throw new Error(`Row ${index} is not a matched row.`);
  const earlier = match.earlierIndex === null ? undefined : result.contacts[match.earlierIndex];
  const target: ClientDetails | undefined =
    match.existingId !== null ? session.existingDetails.get(match.existingId) : earlier?.details;
  const fills = target ? fillEmptyReport(target, withoutBatchTag(contact)).filled.map(fieldPathLabel) : [];
  return {
    row: contact.row,
    status: match.status,
    incoming: summarizeClient(contact.details),
    match: target ? summarizeClient(target) : null,
    existingId: match.existingId,
    earlierRow: earlier?.row ?? null,
    differences: match.differences.map((difference) => ({
      field: fieldPathLabel(difference.field),
      existing: difference.existing,
      incoming: difference.incoming,
    })),
    fills: [...new Set(fills)],
  };
}
