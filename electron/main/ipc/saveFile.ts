import { access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SavableFileKind, SaveFileResult } from '@shared/bridge/contract';
import { type SaveFileRequest, saveFileRequestProblem } from '@shared/bridge/payloads';
import { hasFormatCharacters, withKindExtension } from '@shared/bridge/savedFileNames';
import type { WebContents } from 'electron';
import { writeFileAtomically } from '../files/atomicWrite';
import { chooseSaveTarget } from './dialogs';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * The path to write: the one chosen, with the kind's extension added when the typed name lacks
 * it, so a CSV never lands as "report.exe". Refuses names that hide their real type.
 */
async function checkedTarget(chosenPath: string, kind: SavableFileKind): Promise<string> {
  const typed = basename(chosenPath);
  if (hasFormatCharacters(typed)) {
    throw new Error(
      'The file name you typed contains an invisible formatting character (such as a right-to-left mark) that can disguise its type. Save again and type the name without it.',
    );
  }
  const name = withKindExtension(typed, kind);
  if (name === typed) return chosenPath;
  const target = join(dirname(chosenPath), name);
  // The dialog asked about overwriting the typed name, not this one.
  if (await exists(target))
    throw new Error(`"${name}" already exists there; nothing was saved. Choose another name.`);
  return target;
}

/** Asks where to save, then writes atomically so a failed save never leaves half a file. */
export async function saveBytesWhereUserChooses(
  sender: WebContents,
  suggestedName: string,
  kind: SavableFileKind,
  bytes: Uint8Array,
): Promise<SaveFileResult> {
  const chosenPath = await chooseSaveTarget(sender, suggestedName, kind);
  if (chosenPath === null) return { saved: false };
  const targetPath = await checkedTarget(chosenPath, kind);
  await writeFileAtomically(targetPath, bytes);
  return { saved: true, fileName: basename(targetPath) };
}

export async function saveFile(payload: unknown, sender: WebContents): Promise<SaveFileResult> {
  const problem = saveFileRequestProblem(payload);
  if (problem !== '') throw new Error(`Cannot save the file: ${problem}`);
  const { suggestedName, kind, bytes } = payload as SaveFileRequest;
  return saveBytesWhereUserChooses(sender, suggestedName, kind, bytes);
}
