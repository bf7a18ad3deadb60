import { checkExternalUrl } from '@shared/bridge/externalUrl';
import { emailRecipient, mailtoUrl, winBackEmail } from '@shared/touches/winBack';
import { describe, expect, it } from 'vitest';
import { client, person } from '../../support/clients';
import { project } from './touchFixtures';

const zoe = () =>
  client({
    kind: 'b2b',
    organization: 'Nordlicht GmbH',
    contacts: [
      person({
        givenName: 'Zoë',
        familyName: 'Keller',
        emails: [{ label: 'work', value: 'zoe@nordlicht.de' }],
      }),
    ],
  });

describe('win-back email', () => {
  it("names the client's person, what they bought and when", () => {
    const projects = [
      project({ title: 'Logo refresh', serviceTypeId: 's1', finalInvoiceDate: '2023-05-12' }),
      project({ title: 'Brand book', serviceTypeId: 's2', finalInvoiceDate: '2024-03-02' }),
      project({ title: 'Lost lead', status: 'lead', finalInvoiceDate: '2025-01-01' }),
    ];
    const email = winBackEmail(zoe(), projects, new Map([['s2', 'Branding']]), 'Sam Lee');
    expect(email.subject).toBe('Catching up with Nordlicht GmbH');
    expect(email.body).toContain('Hi Zoë,');
    expect(email.body).toContain('Brand book (branding) in March 2024');
    expect(email.body.endsWith('Sam Lee')).toBe(true);
  });

  it('still reads well for a client with no project', () => {
    const email = winBackEmail(zoe(), [], new Map(), '');
    expect(email.body).toContain('since we were last in touch');
    expect(email.body.endsWith('Best regards,')).toBe(true);
  });

  it('refuses to email a client who asked not to be contacted or gave no email permission', () => {
    expect(emailRecipient({ ...zoe(), doNotContact: true })).toEqual({
      ok: false,
      reason: 'Nordlicht GmbH asked not to be contacted.',
    });
    expect(emailRecipient({ ...zoe(), permissions: { email: false, post: true } })).toEqual({
      ok: false,
      reason: 'Nordlicht GmbH has not agreed to be emailed.',
    });
    expect(emailRecipient({ ...zoe(), contacts: [person({ givenName: 'Zoë' })] }).ok).toBe(false);
  });

  it('builds a mailto link the bridge accepts, with CRLF line breaks and accents intact', () => {
    const url = mailtoUrl('zoe@nordlicht.de', { subject: 'Hallo & more', body: 'Hi Zoë,\nLine two' });
    expect(url).toBe(
      'mailto:zoe@nordlicht.de?subject=Hallo%20%26%20more&body=Hi%20Zo%C3%AB%2C%0D%0ALine%20two',
    );
    expect(checkExternalUrl(url)).not.toBeNull();
  });

  it('cuts a body too long for a link at a line break, so the link still opens', () => {
    const body = Array.from({ length: 80 }, (_, line) => `Line ${line} with some words in it`).join('\n');
    const url = mailtoUrl('zoe@nordlicht.de', { subject: 'Hi', body });
    expect(url.length).toBeLessThanOrEqual(2048);
    expect(decodeURIComponent(url)).toContain('Line 0 with');
    expect(checkExternalUrl(url)).not.toBeNull();
  });
});
