import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Its main job is the Edit roles: without them copy, paste, undo and
 * select-all shortcuts do nothing in text fields on macOS. Developer tools are listed only while
 * developing, so a user cannot open a console on their client data by accident.
 */

export interface MenuOptions {
  isDevelopment: boolean;
  isMac: boolean;
}

function appMenu(): MenuItemConstructorOptions {
  return {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu({ isMac }: MenuOptions): MenuItemConstructorOptions {
  return { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] };
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu({ isDevelopment }: MenuOptions): MenuItemConstructorOptions {
  const developerItems: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'forceReload' }, { role: 'toggleDevTools' }]
    : [];
  return {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...developerItems,
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  return [
    ...(options.isMac ? [appMenu()] : []),
    fileMenu(options),
    editMenu(),
    viewMenu(options),
    { role: 'windowMenu' },
  ];
}
