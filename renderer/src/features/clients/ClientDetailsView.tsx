import { fullPersonName } from '@shared/clients/names';
import { formatIsoDate } from '@shared/dates/isoDate';
import { formatAddressLines } from '@shared/holidayCards';
import {
  acquisitionChannelLabels,
  type Client,
  contactMethodLabels,
  type Permission,
  socialNetworkLabels,
  socialNetworks,
} from '@shared/model/client';
import { Fragment } from 'react';
import { ExternalLink } from '../../ui/ExternalLink';

/** The read-only details of a client: people, address, relationship, profiles, tags, notes. */
function permissionInWords(permission: Permission, yes: string, no: string, channel: string): string {
  if (permission === 'unknown') return `${channel} not asked yet (ask first)`;
  return permission ? yes : no;
}

export function ClientDetailsView({ client, ownCountry }: { client: Client; ownCountry: string }) {
  // Laid out by the destination country's postal convention, as it would go on an envelope.
  const address = formatAddressLines(client.address, ownCountry);
  const profiles = socialNetworks.filter((network) => client.social[network]);
  return (
    <div className="client-details">
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">{client.kind === 'b2c' ? 'Contact' : 'People'}</h2>
        {client.department && <p className="muted">Department: {client.department}</p>}
        {client.contacts.length === 0 && <p className="muted">No people recorded.</p>}
        {client.contacts.map((person) => (
          <div className="person" key={person.id}>
            <p className="person__name">{fullPersonName(person) || 'Unnamed person'}</p>
            {person.nickname && <p className="muted">Known as {person.nickname}</p>}
            {person.jobTitle && <p className="muted">{person.jobTitle}</p>}
            <ul className="plain-list">
              {person.emails.map((email) => (
                <li key={`e-${email.value}`}>
                  <ExternalLink href={`mailto:${email.value}`}>{email.value}</ExternalLink>
                  {email.label && <span className="muted"> · {email.label}</span>}
                </li>
              ))}
              {person.phones.map((phone) => (
                <li key={`p-${phone.value}`}>
                  {phone.value}
                  {phone.label && <span className="muted"> · {phone.label}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="address-heading">
        <h2 id="address-heading">Postal address</h2>
        {address.length === 0 ? (
          <p className="muted">No address recorded.</p>
        ) : (
          <address>
            {address.map((line) => (
              <span key={line} className="address-line">
                {line}
              </span>
            ))}
          </address>
        )}
      </section>
      <section className="card" aria-labelledby="relationship-heading">
        <h2 id="relationship-heading">Relationship</h2>
        <dl className="facts">
          <dt>Found you through</dt>
          <dd>
            {client.source.channel ? acquisitionChannelLabels[client.source.channel] : 'Not recorded'}
            {client.source.detail && ` (${client.source.detail})`}
          </dd>
          <dt>Prefers</dt>
          <dd>{client.preferredContact ? contactMethodLabels[client.preferredContact] : 'No preference'}</dd>
          <dt>Permissions</dt>
          <dd>
            {client.doNotContact
              ? 'Do not contact'
              : [
                  permissionInWords(client.permissions.email, 'may be emailed', 'no email', 'email'),
                  permissionInWords(client.permissions.post, 'may be sent post', 'no post', 'post'),
                ]
                  .join(', ')
                  .replace(/^./, (first) => first.toUpperCase())}
          </dd>
          <dt>Details verified</dt>
          <dd>{client.verifiedOn ? formatIsoDate(client.verifiedOn) : 'Never'}</dd>
          {client.website && (
            <>
              <dt>Website</dt>
              <dd>
                <ExternalLink href={client.website}>
                  {client.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                </ExternalLink>
              </dd>
            </>
          )}
          {profiles.map((network) => (
            <Fragment key={network}>
              <dt>{socialNetworkLabels[network]}</dt>
              <dd>
                <ExternalLink href={client.social[network] ?? ''}>
                  {client.social[network]?.replace(/^https?:\/\/(www\.)?/, '')}
                </ExternalLink>
              </dd>
            </Fragment>
          ))}
        </dl>
      </section>
      {(client.tags.length > 0 || client.notes) && (
        <section className="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Tags and notes</h2>
          {client.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {client.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          {client.notes && <p className="notes">{client.notes}</p>}
        </section>
      )}
    </div>
  );
}
