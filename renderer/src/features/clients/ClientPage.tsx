import { clientBadges } from '@shared/clients/badges';
import { clientDisplayName } from '@shared/clients/names';
import { clientKindLabels } from '@shared/model/client';
import { Link, useLocation, useParams } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { deleteClient, markClientVerified } from '../../db/clientsRepository';
import { useClient } from '../../db/hooks/clientHooks';
import { restoreFromTrash } from '../../db/trashRepository';
import { showError, showToast } from '../../state/toastStore';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ProjectsSection } from '../projects/ProjectsSection';
import { ClientSurveysSection } from '../surveys/ClientSurveysSection';
import { ClientRelationship } from '../touches/ClientRelationship';
import { ClientBadges } from './ClientBadges';
import { ClientDetailsView } from './ClientDetailsView';
import { useCardListTest } from './useCardListTest';

export function ClientPage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const settings = useSettings();
  const today = useToday();
  const onCardList = useCardListTest();
  const client = useClient(id);

  if (client === undefined) return <p className="loading">Loading…</p>;
  if (!client) {
    return (
      <EmptyState
        title="This client no longer exists"
        actions={
          <Link href="/clients" className="button">
            Back to clients
          </Link>
        }
      >
        <p>It may have been deleted.</p>
      </EmptyState>
    );
  }

  const name = clientDisplayName(client);
  const remove = async () => {
    try {
      const trashId = await deleteClient(db, client.id);
      navigate('/clients');
      showToast(`Deleted ${name}.`, () => restoreFromTrash(db, trashId));
    } catch (error) {
      showError(error);
    }
  };
  const verify = async () => {
    await markClientVerified(db, client.id, today).catch(showError);
    showToast(`Marked ${name}'s details as verified today.`);
  };

  return (
    <article className="client-page">
      <p className="breadcrumb">
        <Link href="/clients">Clients</Link>
      </p>
      <PageHeader
        title={name}
        subtitle={
          <>
            {clientKindLabels[client.kind]}
            <ClientBadges badges={clientBadges(client, settings, today, onCardList)} />
          </>
        }
        actions={
          <>
            <Link href={`/clients/${client.id}/edit`} className="button">
              Edit
            </Link>
            <button type="button" className="button" onClick={verify} disabled={client.verifiedOn === today}>
              {client.verifiedOn === today ? 'Verified today' : 'Mark verified today'}
            </button>
            <button type="button" className="button button--danger" onClick={remove}>
              Delete
            </button>
          </>
        }
      />
      <ProjectsSection client={client} />
      <ClientRelationship client={client} />
      <ClientSurveysSection client={client} />
      <ClientDetailsView client={client} ownCountry={settings.ownAddress.country} />
    </article>
  );
}
