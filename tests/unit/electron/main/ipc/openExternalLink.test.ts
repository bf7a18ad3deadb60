import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalLink } from '../../../../../electron/main/ipc/openExternalLink';
import { resetFakeElectron, shell } from '../../fakeElectron';

vi.mock('electron', () => import('../../fakeElectron'));

beforeEach(resetFakeElectron);

describe('openExternalLink', () => {
  it.each(['https://studio.example.com/portfolio', 'mailto:ada@example.com'])('opens %s', async (url) => {
    expect(await openExternalLink(url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://fileserver/share',
    'http://localhost:8080/admin',
    'https://user:secret@example.com/',
    'ms-settings:privacy',
    42,
  ])('never hands %s to the system', async (url) => {
    expect(await openExternalLink(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports false when the system cannot open the link', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(await openExternalLink('https://example.com/')).toBe(false);
  });
});
