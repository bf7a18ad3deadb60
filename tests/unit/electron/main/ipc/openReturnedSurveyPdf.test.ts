import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maxSurveyPdfBytes } from '@shared/bridge/contract';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReturnedSurveyPdf } from '../../../../../electron/main/ipc/openReturnedSurveyPdf';
import { dialog, resetFakeElectron } from '../../fakeElectron';

vi.mock('electron', () => import('../../fakeElectron'));

const sender = {} as WebContents;
let folder: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'clientele-survey-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('openReturnedSurveyPdf', () => {
  it('offers PDF files only and returns the picked file’s name and bytes', async () => {
    const filePath = join(folder, 'survey-answers.pdf');
    await writeFile(filePath, '%PDF-1.7 filled');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });

    const opened = await openReturnedSurveyPdf(undefined, sender);

    expect(opened?.name).toBe('survey-answers.pdf');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('%PDF-1.7 filled');
    const [options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('returns null when the user cancels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openReturnedSurveyPdf(undefined, sender)).toBeNull();
  });

  it('refuses a payload (such as a path) without opening a dialog', async () => {
    await expect(openReturnedSurveyPdf('/etc/passwd', sender)).rejects.toThrow(/takes no arguments/);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit before reading it', async () => {
    const filePath = join(folder, 'huge.pdf');
    await writeFile(filePath, '');
    await truncate(filePath, maxSurveyPdfBytes + 1);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });
    await expect(openReturnedSurveyPdf(undefined, sender)).rejects.toThrow(/huge\.pdf.*at most/);
  });
});
