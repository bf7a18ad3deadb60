import { basename } from 'node:path';
import type { SavableFileKind, SaveFileResult } from '@shared/bridge/contract';
import { type SaveFileRequest, saveFileRequestProblem } from '@shared/bridge/payloads';
import type { WebContents } from 'electron';
import { writeFileAtomically } from '../files/atomicWrite';
import { chooseSaveTarget } from './dialogs';

/** Asks where to save, then writes atomically so a failed save never leaves half a file. */
export async function saveBytesWhereUserChooses(
  sender: WebContents,
  suggestedName: string,
  kind: SavableFileKind,
  bytes: Uint8Array,
): Promise<SaveFileResult> {
  const targetPath = await chooseSaveTarget(sender, suggestedName, kind);
  if (targetPath === null) return { saved: false };
  await writeFileAtomically(targetPath, bytes);
  return { saved: true, fileName: basename(targetPath) };
}

export async function saveFile(payload: unknown, sender: WebContents): Promise<SaveFileResult> {
  const problem = saveFileRequestProblem(payload);
  if (problem !== '') throw new Error(`Cannot save the file: ${problem}`);
  const { suggestedName, kind, bytes } = payload as SaveFileRequest;
  return saveBytesWhereUserChooses(sender, suggestedName, kind, bytes);
}
