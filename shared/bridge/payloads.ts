import {
  maxPrintDocumentChars,
  maxSaveFileBytes,
  type PrintDocumentRequest,
  type SaveDocumentAsPdfRequest,
  type SaveFileRequest,
  savableFileKinds,
} from './contract';
import { hasFormatCharacters, hasKindExtension, savedFileExtensions } from './savedFileNames';

/**
 * Checks of what arrives over the bridge. The main process runs them on every payload before
 * it touches the file system; each returns a reason in words, or '' when the payload is fine.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file name without folders, control characters or characters Windows forbids. */
function safeFileNameProblem(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') return 'The file name is empty.';
  if (name.length > 200) return 'The file name is longer than 200 characters.';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[/\\:*?"<>|\u0000-\u001f]/.test(name)) return 'The file name contains a character files cannot have.';
  if (hasFormatCharacters(name))
    return 'The file name contains an invisible formatting character that can disguise its type.';
  if (name === '.' || name === '..') return 'The file name is not a name.';
  return '';
}

export function saveFileRequestProblem(payload: unknown): string {
  if (!isRecord(payload)) return 'The save request is not an object.';
  const nameProblem = safeFileNameProblem(payload.suggestedName);
  if (nameProblem) return nameProblem;
  if (!savableFileKinds.includes(payload.kind as SaveFileRequest['kind']))
    return 'The file type is not one the app saves.';
  const kind = payload.kind as SaveFileRequest['kind'];
  if (!hasKindExtension(payload.suggestedName as string, kind))
    return `The file name does not end in .${savedFileExtensions[kind]}.`;
  if (!(payload.bytes instanceof Uint8Array)) return 'The file contents are not bytes.';
  if (payload.bytes.byteLength > maxSaveFileBytes) return 'The file is too large to save.';
  return '';
}

export function printDocumentRequestProblem(payload: unknown): string {
  if (!isRecord(payload)) return 'The print request is not an object.';
  if (typeof payload.title !== 'string' || payload.title.length > 300)
    return 'The document title is missing or too long.';
  if (typeof payload.html !== 'string' || payload.html.length === 0) return 'The document is empty.';
  if (payload.html.length > maxPrintDocumentChars) return 'The document is too large to print.';
  return '';
}

export function saveDocumentAsPdfRequestProblem(payload: unknown): string {
  const printProblem = printDocumentRequestProblem(payload);
  if (printProblem) return printProblem;
  const { suggestedName } = payload as SaveDocumentAsPdfRequest;
  const nameProblem = safeFileNameProblem(suggestedName);
  if (nameProblem) return nameProblem;
  return hasKindExtension(suggestedName, 'pdf') ? '' : 'The file name does not end in .pdf.';
}

export type { PrintDocumentRequest, SaveDocumentAsPdfRequest, SaveFileRequest };
