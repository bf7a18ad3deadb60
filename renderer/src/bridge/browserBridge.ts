import {
  type ClienteleBridge,
  maxContactsFileBytes,
  maxSurveyPdfBytes,
  type OpenedFile,
  type PrintDocumentRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '@shared/bridge/contract';
import { checkExternalUrl } from '@shared/bridge/externalUrl';
import { fileTooLargeMessage } from '@shared/bridge/fileTooLarge';
import { formatFileSize } from '@shared/text/fileSize';
import { browserBackupMethods } from './browserBackups';

const contactFileTypes = '.csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard,text/x-vcard,text/plain';

const mimeTypes: Record<SaveFileRequest['kind'], string> = {
  csv: 'text/csv;charset=utf-8',
  vcard: 'text/vcard;charset=utf-8',
  pdf: 'application/pdf',
};

/** Reads a file the user chose or dropped, refusing ones too large to be a contacts file. */
export async function readPickedFile(file: File): Promise<OpenedFile> {
  if (file.size > maxContactsFileBytes) {
    throw new Error(fileTooLargeMessage('contacts', file.name, formatFileSize(file.size)));
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function readPickedSurveyPdf(file: File): Promise<OpenedFile> {
  if (file.size > maxSurveyPdfBytes) {
    throw new Error(fileTooLargeMessage('survey-pdf', file.name, formatFileSize(file.size)));
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(request: SaveFileRequest): SaveFileResult {
  const blob = new Blob([request.bytes as BlobPart], { type: mimeTypes[request.kind] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, fileName: request.suggestedName };
}

/** Prints an HTML document through a hidden frame, so the app's own page is not printed. */
function printInFrame(request: PrintDocumentRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.title = request.title;
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener('load', () => {
      const view = frame.contentWindow;
      if (!view) {
        frame.remove();
        reject(new Error('The browser did not open the print preview.'));
        return;
      }
      view.addEventListener('afterprint', () => frame.remove(), { once: true });
      view.focus();
      view.print();
      resolve();
    });
    frame.srcdoc = request.html;
    document.body.append(frame);
  });
}

/**
 * The bridge when Clientele runs as a web page (development, end-to-end tests, or by choice):
 * a file input instead of the open dialog, a download instead of the save dialog, and the
 * browser's print dialog (which also offers "Save as PDF").
 */
export function createBrowserBridge(): ClienteleBridge {
  return {
    platform: 'browser',
    async openContactsFile() {
      const file = await pickFile(contactFileTypes);
      return file ? readPickedFile(file) : null;
    },
    async saveFile(request) {
      return download(request);
    },
    async printDocument(request) {
      await printInFrame(request);
      return { printed: true };
    },
    async saveDocumentAsPdf(request) {
      // Browsers cannot write a PDF directly; their print dialog has "Save as PDF".
      await printInFrame(request);
      return { saved: false };
    },
    async openExternalLink(url) {
      const safe = checkExternalUrl(url);
      if (!safe) return false;
      window.open(safe, '_blank', 'noopener,noreferrer');
      return true;
    },
    async openReturnedSurveyPdf() {
      const file = await pickFile('.pdf,application/pdf');
      return file ? readPickedSurveyPdf(file) : null;
    },
    ...browserBackupMethods(pickFile),
  };
}
