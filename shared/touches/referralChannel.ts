import type { ClientActivityLink } from '../model/marketing';
import type { Referral } from '../model/touch';

/**
 * The marketing figures' client links, with referrals counted as the "referral" channel: a
 * referred client with no other known source (no activity or channel link, no source channel
 * on the form other than "referral") gets a channel-only link dated by the referral. Links the
 * user made are kept as they are. Referrals of clients not in `clientIds` are left out.
 */
export function linksWithReferrals(
  links: readonly ClientActivityLink[],
  referrals: readonly Pick<Referral, 'clientId' | 'referredOn' | 'createdAt' | 'updatedAt'>[],
  clients: readonly { id: string; sourceChannel: string }[],
): ClientActivityLink[] {
  const linked = new Set(links.map((link) => link.clientId));
  const otherSource = new Set(
    clients
      .filter((client) => client.sourceChannel !== '' && client.sourceChannel !== 'referral')
      .map((client) => client.id),
  );
  const present = new Set(clients.map((client) => client.id));
  const added = referrals
    .filter(
      (referral) =>
        present.has(referral.clientId) &&
        !linked.has(referral.clientId) &&
        !otherSource.has(referral.clientId),
    )
    .map(
      (referral): ClientActivityLink => ({
        id: referral.clientId,
        clientId: referral.clientId,
        activityId: '',
        channel: 'referral',
        createdAt: referral.createdAt,
        updatedAt: referral.updatedAt,
      }),
    );
  return added.length === 0 ? [...links] : [...links, ...added];
}
