import type { PrintDocumentResult } from '@shared/bridge/contract';
import { type PrintDocumentRequest, printDocumentRequestProblem } from '@shared/bridge/payloads';
import type { WebContentsPrintOptions } from 'electron';
import { withDocumentWindow } from '../printing/documentWindow';

/**
 * No margins of the printer's own: the document's CSS @page rule sets paper size and margins,
 * and label sheets only line up when nothing is added or scaled.
 */
const printOptions: WebContentsPrintOptions = {
  silent: false,
  printBackground: true,
  margins: { marginType: 'none' },
};

/** Opens the system print dialog for the document; resolves once it is printed or cancelled. */
export async function printDocument(payload: unknown): Promise<PrintDocumentResult> {
  const problem = printDocumentRequestProblem(payload);
  if (problem !== '') throw new Error(`Cannot print the document: ${problem}`);
  return withDocumentWindow(
    payload as PrintDocumentRequest,
    (contents) =>
      new Promise<PrintDocumentResult>((resolve) => {
        contents.print(printOptions, (success, failureReason) => {
          resolve(success ? { printed: true } : { printed: false, reason: failureReason || 'not printed' });
        });
      }),
  );
}
