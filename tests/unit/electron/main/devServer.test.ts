import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function devServerUrlWhenBuiltAs(mode: string): Promise<string | undefined> {
  vi.stubEnv('MODE', mode);
  vi.stubEnv('ELECTRON_RENDERER_URL', 'https://attacker.example/');
  vi.resetModules();
  const { devServerUrl } = await import('../../../../electron/main/devServer');
  return devServerUrl;
}

describe('devServerUrl', () => {
  it('ignores ELECTRON_RENDERER_URL in a production build', async () => {
    expect(await devServerUrlWhenBuiltAs('production')).toBeUndefined();
  });

  it('follows ELECTRON_RENDERER_URL in a development build (npm run dev)', async () => {
    expect(await devServerUrlWhenBuiltAs('development')).toBe('https://attacker.example/');
  });
});
