import { billedAmounts } from '@shared/clients/billedTotals';
import { clientDisplayName } from '@shared/clients/names';
import { formatIsoDate } from '@shared/dates/isoDate';
import type { Client } from '@shared/model/client';
import { formatMoney } from '@shared/money/money';
import { billedSince, wasThanked } from '@shared/touches/referrals';
import { useState } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { useReferralRecords } from '../../db/hooks/touchHooks';
import { removeReferral, restoreReferral } from '../../db/referralsRepository';
import { showError, showToast } from '../../state/toastStore';
import { ReferredByForm } from './ReferredByForm';
import { openTouchDialog } from './touchDialogStore';

function moneyText(billed: Record<string, number>, homeCurrency: string): string {
  const amounts = billedAmounts(billed, homeCurrency);
  if (amounts.length === 0) return formatMoney({ amountMinor: 0, currency: homeCurrency });
  return amounts.map((amount) => formatMoney(amount)).join(' + ');
}

/** Who referred this client, and whom this client referred: what they billed since, and thanks. */
export function ReferralsSection({ client }: { client: Client }) {
  const settings = useSettings();
  const [editing, setEditing] = useState(false);
  const name = clientDisplayName(client);
  const records = useReferralRecords(client.id);
  if (!records) return null;
  const { referral, referrer, projects, ownTouches } = records;
  const rows = records.referred.flatMap(({ referral: item, client: other }) => {
    if (!other) return [];
    const theirs = projects.filter((project) => project.clientId === other.id);
    return [
      {
        referral: item,
        client: other,
        billed: billedSince(theirs, item.referredOn),
        thanked: wasThanked(ownTouches, item.referredOn),
      },
    ];
  });

  const remove = async () => {
    try {
      const removed = await removeReferral(db, client.id);
      showToast('Referral removed.', () => restoreReferral(db, client.id, removed));
    } catch (error) {
      showError(error);
    }
  };
  const referrerText = referral
    ? referral.referrerClientId
      ? null
      : [referral.referrerName, referral.referrerOrganization].filter(Boolean).join(', ')
    : '';

  return (
    <section className="card referrals" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">Referrals</h2>
      {editing ? (
        <ReferredByForm clientId={client.id} onDone={() => setEditing(false)} />
      ) : referral ? (
        <p className="referrals__by">
          Referred by{' '}
          {referral.referrerClientId ? (
            referrer ? (
              <Link href={`/clients/${referrer.id}`}>{clientDisplayName(referrer)}</Link>
            ) : (
              'a deleted client'
            )
          ) : (
            <strong>{referrerText}</strong>
          )}{' '}
          on {formatIsoDate(referral.referredOn)}.{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setEditing(true)}
          >
            Change
          </button>
          <button type="button" className="button button--quiet button--small" onClick={remove}>
            Remove<span className="visually-hidden"> referral</span>
          </button>
        </p>
      ) : (
        <p className="referrals__by">
          No referral recorded.{' '}
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Record who referred {name}
          </button>
        </p>
      )}
      {rows.length > 0 && (
        <table className="referrals__table">
          <caption>Clients {name} referred</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Referred on</th>
              <th scope="col">Billed since</th>
              <th scope="col">Thanked</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.referral.id}>
                <td>
                  <Link href={`/clients/${row.client.id}`}>{clientDisplayName(row.client)}</Link>
                </td>
                <td>{formatIsoDate(row.referral.referredOn)}</td>
                <td>{moneyText(row.billed, settings.homeCurrency)}</td>
                <td>
                  {row.thanked ? (
                    'Yes'
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() =>
                        openTouchDialog({
                          clientId: client.id,
                          kind: 'thank-you',
                          summary: `Thanks for referring ${clientDisplayName(row.client)}`,
                        })
                      }
                    >
                      Say thank you
                      <span className="visually-hidden"> for {clientDisplayName(row.client)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
