import { clientMatchKeys } from '../contacts/matchKeys';
import type { Client, ClientDetails, ClientProjectSummary } from '../model/client';
import { clientIndexFields } from './clientDetails';
import { projectSummaryOf } from './projectSummary';

/** Splits a stored client into what the user edits, dropping derived and bookkeeping fields. */
export function clientDetailsOf(client: Client): ClientDetails {
  return {
    kind: client.kind,
    organization: client.organization,
    ...(client.department ? { department: client.department } : {}),
    website: client.website,
    contacts: client.contacts,
    address: client.address,
    social: client.social,
    source: client.source,
    preferredContact: client.preferredContact,
    permissions: client.permissions,
    doNotContact: client.doNotContact,
    verifiedOn: client.verifiedOn,
    tags: client.tags,
    notes: client.notes,
  };
}

/**
 * Assembles the stored form of a client: details, project figures and precomputed keys. The
 * last-contacted date rides along with the figures, as touches keep it and edits must not drop it.
 */
export function buildClientRecord(
  details: ClientDetails,
  meta: { id: string; createdAt: string; updatedAt: string; importBatchId?: string },
  summary: ClientProjectSummary & Pick<Client, 'lastContactedOn'>,
): Client {
  const record: Client = {
    ...details,
    ...projectSummaryOf(summary),
    id: meta.id,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    ...clientIndexFields(details),
    matchKeys: clientMatchKeys(details),
  };
  if (meta.importBatchId) record.importBatchId = meta.importBatchId;
  if (summary.lastContactedOn) record.lastContactedOn = summary.lastContactedOn;
  return record;
}
