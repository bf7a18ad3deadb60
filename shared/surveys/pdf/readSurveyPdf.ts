import { PDFCheckBox, PDFDocument, PDFDropdown, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import { sendingIdFieldName, sendingKeywordPrefix } from './pdfFieldNames';

/** A form field's value as read: text or a chosen option, or a check box's state. */
export type PdfFieldValue = string | boolean;

export type SurveyPdfReading =
  | { ok: true; sendingId: string; fields: Record<string, PdfFieldValue> }
  | { ok: false; message: string };

function refuse(fileName: string, why: string): SurveyPdfReading {
  return { ok: false, message: `“${fileName}” ${why}` };
}

/**
 * Reads the form fields of a returned survey PDF and the sending id inside it. Never throws:
 * every PDF it cannot use comes back as a message saying why.
 */
export async function readSurveyPdf(bytes: Uint8Array, fileName: string): Promise<SurveyPdfReading> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    // pdf-lib's errors are ES5 classes, so instanceof EncryptedPDFError is false: match the words.
    if (error instanceof Error && /is encrypted/.test(error.message))
      return refuse(
        fileName,
        'is encrypted (password-protected). Ask the client to send it again without a password.',
      );
    return refuse(fileName, 'is not a readable PDF: it may be damaged or not a PDF at all.');
  }
  const fields: Record<string, PdfFieldValue> = {};
  try {
    for (const field of document.getForm().getFields()) {
      const name = field.getName();
      if (field instanceof PDFTextField) fields[name] = field.getText() ?? '';
      else if (field instanceof PDFRadioGroup) fields[name] = field.getSelected() ?? '';
      else if (field instanceof PDFCheckBox) fields[name] = field.isChecked();
      else if (field instanceof PDFDropdown) fields[name] = field.getSelected()[0] ?? '';
    }
  } catch {
    return refuse(fileName, 'is not a readable PDF: it may be damaged or cut short.');
  }
  if (Object.keys(fields).length === 0)
    return refuse(
      fileName,
      'has no form fields: it was flattened (printed to PDF) or scanned. Enter its answers by hand instead.',
    );
  const fromField = fields[sendingIdFieldName];
  const fromKeywords = (document.getKeywords() ?? '')
    .split(/[\s,;]+/)
    .find((keyword) => keyword.startsWith(sendingKeywordPrefix))
    ?.slice(sendingKeywordPrefix.length);
  const sendingId = (typeof fromField === 'string' && fromField.trim()) || fromKeywords || '';
  if (sendingId === '')
    return refuse(fileName, 'is not a Clientele survey: it has no survey reference in it.');
  return { ok: true, sendingId, fields };
}
