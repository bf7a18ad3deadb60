import { checkExternalUrl } from '@shared/bridge/externalUrl';
import { describe, expect, it } from 'vitest';

describe('checkExternalUrl', () => {
  it('lets web pages and mail links through', () => {
    expect(checkExternalUrl('https://www.linkedin.com/in/ana-ruiz')).toBe(
      'https://www.linkedin.com/in/ana-ruiz',
    );
    expect(checkExternalUrl('http://acme.example/about')).toBe('http://acme.example/about');
    expect(checkExternalUrl('mailto:ana@acme.example')).toBe('mailto:ana@acme.example');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://clientele/index.html',
    'https://user:secret@acme.example/',
    'http://localhost:3000/',
    'http://192.168.1.1/',
    'https://intranet/',
    'smb://server/share',
    'mailto:not-an-address',
    '',
    42,
  ])('refuses %s', (url) => {
    expect(checkExternalUrl(url)).toBeNull();
  });
});
