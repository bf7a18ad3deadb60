import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy } from '@shared/security/contentSecurityPolicy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../../../electron/main/appProtocol';

let folder: string;
let rendererRoot: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clientele-protocol-'));
  rendererRoot = join(folder, 'renderer');
  await mkdir(join(rendererRoot, 'assets'), { recursive: true });
  await writeFile(join(rendererRoot, 'index.html'), '<!doctype html><title>Clientele</title>');
  await writeFile(join(rendererRoot, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(folder, 'secret.txt'), 'not for the renderer');
  handle = createAppProtocolHandler(rendererRoot);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function get(url: string): Promise<Response> {
  return handle(new Request(url));
}

describe('the app:// protocol handler', () => {
  it('serves the app shell with the Content-Security-Policy header', async () => {
    const response = await get('app://clientele/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toContain('<title>Clientele</title>');
  });

  it('serves the shell for the bare origin', async () => {
    expect(await (await get('app://clientele/')).text()).toContain('Clientele');
  });

  it('serves scripts as JavaScript, which module scripts require', async () => {
    const response = await get('app://clientele/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a missing file', async () => {
    const response = await get('app://clientele/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it.each([
    'app://clientele/%2e%2e/secret.txt',
    'app://clientele/..%2Fsecret.txt',
    'app://clientele/assets/..%2F..%2Fsecret.txt',
    'app://clientele/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://clientele/..%5Csecret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('refuses other hosts and malformed escapes', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://clientele/%E0%A4%A')).status).toBe(404);
    expect((await get('app://clientele/index.html%00.js')).status).toBe(404);
  });

  it('refuses methods other than reading', async () => {
    const response = await handle(new Request('app://clientele/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('resolveAppFile', () => {
  it('maps paths inside the folder and nothing outside it', () => {
    expect(resolveAppFile(rendererRoot, 'app://clientele/assets/index-abc.js')).toBe(
      join(rendererRoot, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile(rendererRoot, 'app://clientele/..%2F..%2Fetc%2Fpasswd')).toBeNull();
  });

  it('does not mistake a file whose name starts with two dots for a parent folder', () => {
    expect(resolveAppFile(rendererRoot, 'app://clientele/..notes.txt')).toBe(
      join(rendererRoot, '..notes.txt'),
    );
  });
});
