import { checkExternalUrl, needsConsentToOpen } from '@shared/bridge/externalUrl';
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

  it('keeps only subject, body and cc on a mail link', () => {
    expect(
      checkExternalUrl(
        'mailto:ana@acme.example?attach=/etc/passwd&subject=Hello%20Ana&body=See%20you&cc=bo@acme.example',
      ),
    ).toBe('mailto:ana@acme.example?subject=Hello%20Ana&body=See%20you&cc=bo@acme.example');
    expect(checkExternalUrl('mailto:ana@acme.example?Attachment=%2Fetc%2Fpasswd&bcc=x@evil.example')).toBe(
      'mailto:ana@acme.example',
    );
    expect(checkExternalUrl('mailto:ana@acme.example?body=a=b%26c')).toBe(
      'mailto:ana@acme.example?body=a=b%26c',
    );
  });

  it('drops a cc that is not an address and a field that does not decode', () => {
    expect(checkExternalUrl('mailto:ana@acme.example?cc=/etc/passwd&subject=%E0%A4%A')).toBe(
      'mailto:ana@acme.example',
    );
  });

  it.each(['mailto:a%ZZ@b.co', 'mailto:%E0%A4%A@b.co', 'https://%zz', 'http://[::1'])(
    'refuses %s without throwing',
    (url) => {
      expect(() => checkExternalUrl(url)).not.toThrow();
      expect(checkExternalUrl(url)).toBeNull();
    },
  );

  it('asks before plain http, never before https or mail', () => {
    expect(needsConsentToOpen('http://acme.example/about')).toBe(true);
    expect(needsConsentToOpen('https://acme.example/about')).toBe(false);
    expect(needsConsentToOpen('mailto:ana@acme.example')).toBe(false);
  });
});
