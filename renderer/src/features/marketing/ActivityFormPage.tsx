import {
  type ActivityDraft,
  activityDraftOf,
  emptyActivityDraft,
  parseActivityDraft,
} from '@shared/insights/activityDraft';
import {
  marketingChannelLabels,
  marketingChannels,
  marketingObjectiveLabels,
  marketingObjectives,
  reachMeasureLabels,
  reachMeasures,
  trackingMechanismLabels,
  trackingMechanisms,
} from '@shared/model/marketing';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { useMarketingActivity } from '../../db/hooks/marketingHooks';
import { createActivity, deleteActivity, updateActivity } from '../../db/marketingRepository';
import { showError, showToast } from '../../state/toastStore';
import { EmptyState } from '../../ui/EmptyState';
import { FieldFrame } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { ActivityListFields } from './ActivityListFields';

/** Adds or edits a marketing activity: what, when, what it cost, how it is tracked, whom it reached. */
export function ActivityFormPage() {
  const { id } = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const today = useToday();
  const { homeCurrency } = useSettings();
  const existing = useMarketingActivity(id);
  const [draft, setDraft] = useState<ActivityDraft | null>(id ? null : emptyActivityDraft(today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (existing && draft === null) setDraft(activityDraftOf(existing));
  }, [existing, draft]);

  if (id && existing === null)
    return (
      <EmptyState
        title="This activity no longer exists"
        actions={
          <Link href="/marketing" className="button">
            Back to marketing
          </Link>
        }
      >
        <p>It may have been deleted.</p>
      </EmptyState>
    );
  if (!draft) return <p className="loading">Loading…</p>;

  const currency = existing?.spend[0]?.amount.currency ?? homeCurrency;
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) =>
    setDraft({ ...draft, [key]: value });
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = parseActivityDraft(draft, currency);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      if (id) await updateActivity(db, id, result.details);
      else await createActivity(db, result.details);
      showToast(`Saved ${result.details.name}.`);
      navigate('/marketing');
    } catch (error) {
      showError(error);
    }
  };
  const remove = async () => {
    if (!id) return;
    try {
      await deleteActivity(db, id);
      showToast(`Deleted ${draft.name}. Its clients keep the channel.`);
      navigate('/marketing');
    } catch (error) {
      showError(error);
    }
  };
  const errorCount = Object.keys(errors).length;

  return (
    <div className="insights-page">
      <p className="breadcrumb">
        <Link href="/marketing">Marketing</Link>
      </p>
      <PageHeader title={id ? `Edit ${existing?.name ?? 'activity'}` : 'New marketing activity'} />
      <form className="card activity-form" onSubmit={save} noValidate>
        {errorCount > 0 && (
          <p className="field__error" role="alert">
            {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention; see the messages
            below.
          </p>
        )}
        <FieldFrame id="activity-name" label="Name" error={errors.name}>
          {(describedBy) => (
            <input
              id="activity-name"
              value={draft.name}
              aria-describedby={describedBy}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </FieldFrame>
        <div className="form-row">
          <FieldFrame id="activity-channel" label="Channel">
            {() => (
              <select
                id="activity-channel"
                value={draft.channel}
                onChange={(event) => set('channel', event.target.value as ActivityDraft['channel'])}
              >
                {marketingChannels.map((channel) => (
                  <option key={channel} value={channel}>
                    {marketingChannelLabels[channel]}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <FieldFrame id="activity-objective" label="Objective">
            {() => (
              <select
                id="activity-objective"
                value={draft.objective}
                onChange={(event) => set('objective', event.target.value as ActivityDraft['objective'])}
              >
                {marketingObjectives.map((objective) => (
                  <option key={objective} value={objective}>
                    {marketingObjectiveLabels[objective]}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        </div>
        <div className="form-row">
          <FieldFrame id="activity-start" label="Started on" error={errors.startDate}>
            {(describedBy) => (
              <input
                id="activity-start"
                type="date"
                value={draft.startDate}
                aria-describedby={describedBy}
                onChange={(event) => set('startDate', event.target.value)}
              />
            )}
          </FieldFrame>
          <FieldFrame id="activity-end" label="Ended on" hint="Empty while it runs." error={errors.endDate}>
            {(describedBy) => (
              <input
                id="activity-end"
                type="date"
                value={draft.endDate}
                aria-describedby={describedBy}
                onChange={(event) => set('endDate', event.target.value)}
              />
            )}
          </FieldFrame>
          <FieldFrame
            id="activity-hours"
            label="Hours spent"
            hint="Counted at the hour value set in Settings."
            error={errors.hours}
          >
            {(describedBy) => (
              <input
                id="activity-hours"
                inputMode="decimal"
                value={draft.hours}
                aria-describedby={describedBy}
                onChange={(event) => set('hours', event.target.value)}
              />
            )}
          </FieldFrame>
        </div>
        <div className="form-row">
          <FieldFrame id="activity-tracking" label="Tracked by">
            {() => (
              <select
                id="activity-tracking"
                value={draft.tracking}
                onChange={(event) => set('tracking', event.target.value as ActivityDraft['tracking'])}
              >
                {trackingMechanisms.map((mechanism) => (
                  <option key={mechanism} value={mechanism}>
                    {trackingMechanismLabels[mechanism]}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <FieldFrame id="activity-tracking-detail" label="Code, list or answer">
            {() => (
              <input
                id="activity-tracking-detail"
                value={draft.trackingDetail}
                onChange={(event) => set('trackingDetail', event.target.value)}
              />
            )}
          </FieldFrame>
        </div>
        <ActivityListFields
          draft={draft}
          errors={errors}
          currency={currency}
          today={today}
          measures={reachMeasures.map((measure) => [measure, reachMeasureLabels[measure]])}
          onChange={setDraft}
        />
        <FieldFrame id="activity-notes" label="Notes">
          {() => (
            <textarea
              id="activity-notes"
              value={draft.notes}
              onChange={(event) => set('notes', event.target.value)}
            />
          )}
        </FieldFrame>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            Save activity
          </button>
          <Link href="/marketing" className="button">
            Cancel
          </Link>
          {id && (
            <button type="button" className="button button--danger" onClick={remove}>
              Delete
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
