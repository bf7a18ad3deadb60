import { clientBadges } from '@shared/clients/badges';
import type { Client } from '@shared/model/client';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { ClientTimeline } from './ClientTimeline';
import { ReferralsSection } from './ReferralsSection';
import { WinBackDialog } from './WinBackDialog';

/** The relationship log on a client's page: win-back for a lapsed client, timeline, referrals. */
export function ClientRelationship({ client }: { client: Client }) {
  const settings = useSettings();
  const today = useToday();
  const [winningBack, setWinningBack] = useState(false);
  const lapsed = clientBadges(client, settings, today).lapsed;
  return (
    <>
      {lapsed && (
        <section className="card win-back-prompt" aria-labelledby="win-back-heading">
          <h2 id="win-back-heading">Worth winning back</h2>
          <p>No business for a while and no recent contact. Send a friendly note and set a follow-up.</p>
          <button type="button" className="button button--primary" onClick={() => setWinningBack(true)}>
            Start a win-back
          </button>
        </section>
      )}
      {winningBack && <WinBackDialog client={client} onClose={() => setWinningBack(false)} />}
      <ClientTimeline client={client} />
      <ReferralsSection client={client} />
    </>
  );
}
