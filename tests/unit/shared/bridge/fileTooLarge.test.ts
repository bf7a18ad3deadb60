import { fileTooLargeMessage } from '@shared/bridge/fileTooLarge';
import { describe, expect, it } from 'vitest';

describe('the message for a file over its limit', () => {
  it('names the file, its size and the limit of its kind', () => {
    expect(fileTooLargeMessage('contacts', 'everything.csv', '101 MB')).toBe(
      '"everything.csv" is 101 MB; Clientele opens contacts files up to 100 MB.',
    );
    expect(fileTooLargeMessage('survey-pdf', 'scan.pdf', '25 MB')).toBe(
      '"scan.pdf" is 25 MB; a returned survey is at most 20 MB. Check that you picked the survey PDF.',
    );
    expect(fileTooLargeMessage('backup', 'clientele-2026-11-30.clientele-backup', '1.2 GB')).toBe(
      '"clientele-2026-11-30.clientele-backup" is 1.2 GB; backups up to 1 GB can be restored.',
    );
  });
});
