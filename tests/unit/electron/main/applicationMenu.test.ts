import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../../electron/main/applicationMenu';

function allRoles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? allRoles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it.each([true, false])('has the edit shortcuts text fields need (macOS: %s)', (isMac) => {
    const roles = allRoles(applicationMenuTemplate({ isDevelopment: false, isMac }));
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('offers developer tools only while developing', () => {
    expect(allRoles(applicationMenuTemplate({ isDevelopment: false, isMac: false }))).not.toContain(
      'toggleDevTools',
    );
    expect(allRoles(applicationMenuTemplate({ isDevelopment: true, isMac: false }))).toContain(
      'toggleDevTools',
    );
  });
});
