import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../../electron/main/security/webPreferences';

describe('secureWebPreferences', () => {
  it('keeps the sandbox whatever the caller passes', () => {
    const preferences = secureWebPreferences({
      preload: '/app/out/preload/index.cjs',
      sandbox: false,
      contextIsolation: false,
      nodeIntegration: true,
      webSecurity: false,
      webviewTag: true,
    });
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
