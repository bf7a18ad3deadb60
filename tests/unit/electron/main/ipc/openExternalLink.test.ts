import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalLink } from '../../../../../electron/main/ipc/openExternalLink';
import { dialog, resetFakeElectron, shell } from '../../fakeElectron';

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

  it('opens https without asking', async () => {
    expect(await openExternalLink('https://studio.example.com/')).toBe(true);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks before opening a plain-http link and opens nothing when the user cancels', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await openExternalLink('http://studio.example.com/')).toBe(false);
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(dialog.showMessageBox.mock.calls[0])).toContain('http://studio.example.com/');
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens a plain-http link once the user agrees', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await openExternalLink('http://studio.example.com/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('http://studio.example.com/');
  });

  it('hands a mail link to the mail app without an attachment', async () => {
    expect(await openExternalLink('mailto:ada@example.com?attach=/etc/passwd&subject=Hi')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:ada@example.com?subject=Hi');
  });

  it('answers false, without throwing, for a mail link that does not decode', async () => {
    await expect(openExternalLink('mailto:a%ZZ@b.co')).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
