import { clientDisplayName } from '../clients/names';
import { isBusinessProject, projectDate } from '../clients/projectSummary';
import type { ClientDetails, ContactPerson } from '../model/client';
import type { Project } from '../model/project';

type EmailClient = Pick<ClientDetails, 'kind' | 'organization' | 'contacts' | 'permissions' | 'doNotContact'>;

export type EmailRecipient =
  | { ok: true; address: string; person: ContactPerson }
  | { ok: false; reason: string };

/**
 * Whom an outreach email goes to: the first person with an email address, if the client
 * may be emailed at all. "Do not contact" and a missing email permission both forbid it.
 */
export function emailRecipient(client: EmailClient): EmailRecipient {
  const name = clientDisplayName(client);
  if (client.doNotContact) return { ok: false, reason: `${name} asked not to be contacted.` };
  if (!client.permissions.email) return { ok: false, reason: `${name} has not agreed to be emailed.` };
  for (const person of client.contacts) {
    const email = person.emails.find((entry) => entry.value.trim() !== '');
    if (email) return { ok: true, address: email.value.trim(), person };
  }
  return { ok: false, reason: `${name} has no email address.` };
}

export interface WinBackEmail {
  subject: string;
  body: string;
}

const monthFormatter = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function monthAndYear(isoDate: string): string {
  return monthFormatter.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The latest project that went ahead, which the email reminds the client of. */
function lastBusinessProject(projects: readonly Project[]): Project | undefined {
  let latest: Project | undefined;
  for (const project of projects) {
    if (!isBusinessProject(project) || projectDate(project) === '') continue;
    if (!latest || projectDate(project) > projectDate(latest)) latest = project;
  }
  return latest;
}

/** A short, personal "it's been a while" email naming what the client bought and when. */
export function winBackEmail(
  client: EmailClient,
  projects: readonly Project[],
  serviceNames: ReadonlyMap<string, string>,
  ownName: string,
): WinBackEmail {
  const recipient = emailRecipient(client);
  const greetingName = recipient.ok ? recipient.person.givenName.trim() : '';
  const project = lastBusinessProject(projects);
  const service = project ? (serviceNames.get(project.serviceTypeId) ?? '') : '';
  const what = project
    ? `${project.title}${service && service !== project.title ? ` (${service.toLowerCase()})` : ''} in ${monthAndYear(projectDate(project))}`
    : '';
  const lines = [
    `Hi ${greetingName || 'there'},`,
    '',
    what
      ? `It has been a while since we worked together on ${what}. I hope it is still serving you well.`
      : 'It has been a while since we were last in touch. I hope all is well.',
    '',
    'I would love to hear how things are going. If anything is coming up where I could help again, just reply to this email.',
    '',
    'Best regards,',
    ownName.trim(),
  ];
  return {
    subject: `Catching up with ${clientDisplayName(client)}`,
    body: lines.join('\n').trimEnd(),
  };
}

/** Links longer than this are refused by the bridge (shared/bridge/externalUrl.ts). */
const maxLinkLength = 2048;

/**
 * A mailto: link with subject and body (RFC 6068: CRLF line breaks, %20 for spaces). A body
 * too long for a link is cut at a line break, so the mail app gets what fits.
 */
export function mailtoUrl(address: string, email: WinBackEmail): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const start = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encode(email.subject)}`;
  let lines = email.body.split('\n');
  let url = `${start}&body=${encode(lines.join('\n'))}`;
  while (url.length > maxLinkLength && lines.length > 1) {
    lines = lines.slice(0, -1);
    url = `${start}&body=${encode(lines.join('\n'))}`;
  }
  return url.length > maxLinkLength ? start.slice(0, maxLinkLength) : url;
}
