import type { Project } from '../model/project';
import type { FollowUp, Referral, Touch, TouchKind } from '../model/touch';
import { followUpIndexKey } from '../touches/followUps';
import type { SampleCalendar } from './calendar';
import type { SampleClient } from './generateSampleData';
import { createRandom, type SampleRandom } from './prng';

const kinds: readonly TouchKind[] = ['email', 'call', 'meeting', 'video-call', 'message', 'note', 'letter'];
const kindWeights = [34, 20, 10, 11, 11, 9, 5];

const summaries: Record<TouchKind, readonly string[]> = {
  email: [
    'Sent the quote',
    'Answered questions about the timeline',
    'Shared the draft',
    'Checked in after the launch',
    'Sent the invoice',
  ],
  call: [
    'Catch-up call',
    'Talked through the brief',
    'Discussed next year’s plans',
    'Quick call about the budget',
  ],
  meeting: ['Coffee in town', 'Kick-off meeting', 'Review meeting at their office', 'Met at a conference'],
  'video-call': ['Video call to review the designs', 'Planning call on video', 'Workshop prep on video'],
  message: [
    'Quick message about the files',
    'Sent a link to an article they might like',
    'Congratulated them on the news',
  ],
  note: ['Prefers email before 10am', 'Budget cycle starts in September', 'New decision-maker since spring'],
  letter: ['Sent a thank-you card', 'Posted the printed samples'],
  'thank-you': ['Thanks for the referral'],
};

const followUpActions = [
  'Send the proposal',
  'Check in after the launch',
  'Ask for a testimonial',
  'Follow up on the quote',
  'Share the final files',
];

const outsideReferrers = [
  ['Maya Okafor', 'Freelance Collective'],
  ['Tomás Rivera', 'Chamber of Commerce'],
  ['Hannah Weiss', ''],
  ['Kenji Sato', 'Design Guild'],
] as const;

export interface SampleRelationships {
  touches: Touch[];
  referrals: Referral[];
}

interface RelationshipOptions {
  clients: readonly SampleClient[];
  projects: readonly Project[];
  calendar: SampleCalendar;
  seed: number;
  /** Average touches per client. */
  touchesPerClient: number;
}

function followUpFor(random: SampleRandom, calendar: SampleCalendar, day: number): FollowUp {
  const dueDay = day + random.int(3, 30);
  const today = calendar.today;
  // Old follow-ups were dealt with; recent ones are still open, a few of them overdue.
  const done = dueDay < today - 10 || (dueDay < today && random.chance(0.5));
  return {
    dueOn: calendar.isoDate(dueDay),
    action: random.pick(followUpActions),
    snoozedUntil: '',
    doneOn: done ? calendar.isoDate(Math.min(today, dueDay + random.int(0, 4))) : '',
  };
}

/**
 * A history of touches, follow-ups and referrals for the sample clients. Its own random stream,
 * so the clients and projects stay exactly as they were before touches existed.
 */
export function generateSampleRelationships(options: RelationshipOptions): SampleRelationships {
  const { clients, calendar } = options;
  const random = createRandom(options.seed * 7919 + 14);
  const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  const touches: Touch[] = [];
  const referrals: Referral[] = [];
  for (const [index, client] of clients.entries()) {
    const firstDay = dayOf(client.createdAt);
    const span = Math.max(1, calendar.today - firstDay);
    const count = random.int(0, options.touchesPerClient * 2);
    for (let n = 0; n < count; n += 1) {
      // Recent days are likelier: relationships are kept up more than they were at the start.
      const day = calendar.today - Math.floor(span * random.next() ** 1.6);
      const kind = kinds[random.weighted(kindWeights)] as TouchKind;
      const stamp = calendar.timestamp(day, random);
      const contact = client.details.contacts[0];
      const touch: Touch = {
        id: random.uuid(),
        clientId: client.id,
        kind,
        date: calendar.isoDate(day),
        personId: contact && random.chance(0.6) ? contact.id : '',
        summary: random.pick(summaries[kind]),
        notes: '',
        followUp: kind !== 'note' && random.chance(0.1) ? followUpFor(random, calendar, day) : null,
        createdAt: stamp,
        updatedAt: stamp,
        loggedAt: stamp,
        quiet: false,
      };
      const key = followUpIndexKey(touch);
      if (key) touch.followUpOn = key;
      touches.push(touch);
    }
    if (index > 0 && client.details.source.channel === 'referral') {
      const outside = random.chance(0.3);
      const referrer = clients[random.int(0, index - 1)] as SampleClient;
      const [name, organization] = random.pick(outsideReferrers);
      const stamp = client.createdAt;
      referrals.push({
        id: random.uuid(),
        createdAt: stamp,
        updatedAt: stamp,
        clientId: client.id,
        referrerClientId: outside ? '' : referrer.id,
        referrerName: outside ? name : '',
        referrerOrganization: outside ? organization : '',
        referredOn: stamp.slice(0, 10),
      });
      if (!outside && random.chance(0.5)) {
        const day = Math.min(calendar.today, firstDay + random.int(1, 20));
        const thanks = calendar.timestamp(day, random);
        touches.push({
          id: random.uuid(),
          clientId: referrer.id,
          kind: 'thank-you',
          date: calendar.isoDate(day),
          personId: '',
          summary: 'Thanks for the referral',
          notes: '',
          followUp: null,
          createdAt: thanks,
          updatedAt: thanks,
          loggedAt: thanks,
          quiet: false,
        });
      }
    }
  }
  return { touches, referrals };
}
