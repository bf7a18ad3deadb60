import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { linkClient } from '../../db/marketingRepository';
import { showError, showToast } from '../../state/toastStore';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeader } from '../../ui/PageHeader';
import { EditConflictDialog } from './EditConflictDialog';
import { AddressFieldset } from './form/AddressFieldset';
import { type FoundYouChoice, FoundYouFieldset } from './form/FoundYouFieldset';
import { KindFieldset } from './form/KindFieldset';
import { OrganizationFieldset } from './form/OrganizationFieldset';
import { PeopleFieldset } from './form/PeopleFieldset';
import { RelationshipFieldset } from './form/RelationshipFieldset';
import { SocialFieldset } from './form/SocialFieldset';
import { TagsNotesFieldset } from './form/TagsNotesFieldset';
import { useClientForm } from './useClientForm';
import type { ConflictResolution } from './useEditConflict';

/** Adding a client (/clients/new) or editing one (/clients/:id/edit). */
export function ClientFormPage() {
  const params = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const today = useToday();
  const form = useClientForm(params.id, today);
  const editing = params.id !== undefined;
  const backHref = editing ? `/clients/${params.id}` : '/clients';
  const [foundYou, setFoundYou] = useState<FoundYouChoice>(null);

  if (form.missing) {
    return (
      <EmptyState
        title="This client no longer exists"
        actions={
          <Link href="/clients" className="button">
            Back to clients
          </Link>
        }
      >
        <p>It may have been deleted in another window.</p>
      </EmptyState>
    );
  }
  if (!form.draft) return <p className="loading">Loading…</p>;

  const parts = { draft: form.draft, update: form.update, errors: form.errors };
  const finish = async (saving: Promise<string | null>, message: string) => {
    try {
      const id = await saving;
      if (!id) return;
      if (!editing && foundYou) await linkClient(db, id, foundYou);
      showToast(message);
      navigate(`/clients/${id}`);
    } catch (error) {
      showError(error, 'The client');
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void finish(form.save(), editing ? 'Changes saved.' : 'Client added.');
  };
  const resolve = (resolution: ConflictResolution) => {
    const message =
      resolution.keep === 'stored' ? 'Kept the saved version; your changes were dropped.' : 'Changes saved.';
    void finish(form.resolveConflict(resolution), message);
  };

  return (
    <>
      <form
        className="client-form"
        onSubmit={submit}
        noValidate
        aria-label={editing ? 'Edit client' : 'Add client'}
      >
        <PageHeader title={editing ? 'Edit client' : 'Add client'} />
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        {!editing && <FoundYouFieldset value={foundYou} onChange={setFoundYou} />}
        <KindFieldset {...parts} />
        <OrganizationFieldset {...parts} />
        <PeopleFieldset {...parts} />
        <AddressFieldset {...parts} />
        <RelationshipFieldset {...parts} today={today} />
        <SocialFieldset {...parts} />
        <TagsNotesFieldset {...parts} />
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {editing ? 'Save changes' : 'Save client'}
          </button>
          <Link
            href={backHref}
            className="button"
            onClick={() => {
              form.discard();
            }}
          >
            Cancel
          </Link>
        </div>
      </form>
      {form.conflict && (
        <EditConflictDialog
          conflict={form.conflict}
          onResolve={resolve}
          onKeepEditing={form.dismissConflict}
        />
      )}
    </>
  );
}
