import { type MarketingChannel, marketingChannelLabels, marketingChannels } from '@shared/model/marketing';
import { useMarketingActivities } from '../../../db/hooks/marketingHooks';

/** What the new-client form records about where the client came from: an activity, a channel, or nothing. */
export type FoundYouChoice = { activityId: string; channel: MarketingChannel } | null;

function encode(choice: FoundYouChoice): string {
  if (!choice) return '';
  return choice.activityId ? `activity:${choice.activityId}` : `channel:${choice.channel}`;
}

/**
 * Point of sale: the new-client form asks first how the client found you, while it is fresh,
 * offering the marketing activities (most recent first) and the channels.
 */
export function FoundYouFieldset({
  value,
  onChange,
}: {
  value: FoundYouChoice;
  onChange: (choice: FoundYouChoice) => void;
}) {
  const activities = useMarketingActivities();
  const choose = (encoded: string) => {
    const [kind, id] = encoded.split(':') as [string, string];
    if (kind === 'activity') {
      const activity = activities?.find((entry) => entry.id === id);
      onChange(activity ? { activityId: activity.id, channel: activity.channel } : null);
    } else if (kind === 'channel') onChange({ activityId: '', channel: id as MarketingChannel });
    else onChange(null);
  };
  return (
    <fieldset className="form-section">
      <legend>How did they find you?</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="found-you">Marketing activity or channel</label>
          <select id="found-you" value={encode(value)} onChange={(event) => choose(event.target.value)}>
            <option value="">Not known</option>
            {activities && activities.length > 0 && (
              <optgroup label="Activities">
                {activities.map((activity) => (
                  <option key={activity.id} value={`activity:${activity.id}`}>
                    {activity.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="Channels">
              {marketingChannels.map((channel) => (
                <option key={channel} value={`channel:${channel}`}>
                  {marketingChannelLabels[channel]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      </div>
    </fieldset>
  );
}
