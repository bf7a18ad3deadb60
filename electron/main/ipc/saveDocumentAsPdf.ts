import type { SaveFileResult } from '@shared/bridge/contract';
import { type SaveDocumentAsPdfRequest, saveDocumentAsPdfRequestProblem } from '@shared/bridge/payloads';
import type { PrintToPDFOptions, WebContents } from 'electron';
import { withDocumentWindow } from '../printing/documentWindow';
import { saveBytesWhereUserChooses } from './saveFile';

/** The page size and margins come from the document's CSS @page rule, at 100%. */
const pdfOptions: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  scale: 1,
};

/** Renders the document to PDF, then asks where to save it and writes it atomically. */
export async function saveDocumentAsPdf(payload: unknown, sender: WebContents): Promise<SaveFileResult> {
  const problem = saveDocumentAsPdfRequestProblem(payload);
  if (problem !== '') throw new Error(`Cannot save the PDF: ${problem}`);
  const request = payload as SaveDocumentAsPdfRequest;
  const pdf = await withDocumentWindow(request, (contents) => contents.printToPDF(pdfOptions));
  return saveBytesWhereUserChooses(sender, request.suggestedName, 'pdf', pdf);
}
