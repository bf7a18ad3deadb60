import type { DuplicateAction } from '@shared/contacts/planImport';
import { create } from 'zustand';
import {
  detectedSettings,
  type ImportOutcome,
  type ImportPreview,
  type ImportSettings,
  type ImportStage,
} from './worker/importProtocol';

/** choose a file → opening it → preview and choices → writing → done. */
type ImportPhase = 'choose' | 'opening' | 'preview' | 'committing' | 'done';

export interface ImportWork {
  stage: ImportStage;
  fraction: number;
}

/**
 * The import screen's state: which step it is at and the user's choices. The rows themselves
 * stay in the worker; the preview holds only counts, samples and the first clients.
 */
export interface ImportSessionState {
  phase: ImportPhase;
  /** Why the last file could not be opened, in words; '' when none was refused. */
  refusal: string;
  preview: ImportPreview | null;
  /** Changes with every new preview, so pages of rows asked of the worker are asked again. */
  revision: number;
  settings: ImportSettings;
  batchTag: string;
  action: DuplicateAction;
  /** Choices made row by row, by the file's row number. */
  overrides: Record<number, DuplicateAction>;
  /** Work under way in the worker, with its progress; null when idle. */
  work: ImportWork | null;
  outcome: ImportOutcome | null;
  /** Said once after a cancel or a failure, above the step it returned to. */
  notice: string;
}

type SessionChoices = Omit<ImportSessionState, 'revision'>;

export const initialImportSession: SessionChoices = {
  phase: 'choose',
  refusal: '',
  preview: null,
  settings: detectedSettings,
  batchTag: '',
  action: 'skip',
  overrides: {},
  work: null,
  outcome: null,
  notice: '',
};

export const useImportSession = create<ImportSessionState>(() => ({ ...initialImportSession, revision: 0 }));

export function setImportSession(patch: Partial<SessionChoices>): void {
  useImportSession.setState((state) =>
    patch.preview && patch.preview !== state.preview ? { ...patch, revision: state.revision + 1 } : patch,
  );
}
