import { projectDate } from '../clients/projectSummary';
import type { AcquisitionChannel } from '../model/client';
import type { ClientActivityLink, MarketingActivity, MarketingChannel } from '../model/marketing';
import type { Project, ServiceType } from '../model/project';
import type { SampleCalendar } from './calendar';
import type { SampleClient } from './generateSampleData';
import { createRandom, type SampleRandom } from './prng';

export interface SampleMarketing {
  activities: MarketingActivity[];
  links: ClientActivityLink[];
  /** Extra projects that give some clients a buying rhythm (same month each year). */
  rhythmProjects: Project[];
}

interface ActivityPlan {
  name: string;
  channel: MarketingChannel;
  /** Clients who found the freelancer through this acquisition channel may have come from it. */
  from: AcquisitionChannel;
  /** Days before today it started. */
  startedDaysAgo: number;
  spendUsd: [string, number][];
  hours: number;
  tracking: MarketingActivity['tracking'];
  reach: [MarketingActivity['reach'][number]['measure'], number][];
}

const plans: readonly ActivityPlan[] = [
  {
    name: 'Chamber of commerce breakfasts',
    channel: 'networking',
    from: 'event',
    startedDaysAgo: 1500,
    spendUsd: [
      ['Membership', 450],
      ['Breakfasts', 600],
    ],
    hours: 60,
    tracking: 'answer',
    reach: [['attendees', 240]],
  },
  {
    name: 'Monthly newsletter',
    channel: 'newsletter',
    from: 'newsletter',
    startedDaysAgo: 1300,
    spendUsd: [['Mailing service', 540]],
    hours: 90,
    tracking: 'code',
    reach: [['subscribers', 820]],
  },
  {
    name: 'Design meetup talks',
    channel: 'speaking',
    from: 'event',
    startedDaysAgo: 900,
    spendUsd: [['Travel', 320]],
    hours: 40,
    tracking: 'registration',
    reach: [['attendees', 310]],
  },
  {
    name: 'Search ads',
    channel: 'advertising',
    from: 'advertising',
    startedDaysAgo: 800,
    spendUsd: [['Ad budget', 4200]],
    hours: 12,
    tracking: 'code',
    reach: [['impressions', 180_000]],
  },
  {
    name: 'Portfolio blog',
    channel: 'content',
    from: 'website',
    startedDaysAgo: 700,
    spendUsd: [['Hosting', 180]],
    hours: 120,
    tracking: 'answer',
    reach: [['impressions', 42_000]],
  },
  {
    name: 'LinkedIn posts',
    channel: 'social',
    from: 'social',
    startedDaysAgo: 600,
    spendUsd: [],
    hours: 70,
    tracking: 'answer',
    reach: [['impressions', 95_000]],
  },
  {
    name: 'Pricing workshop',
    channel: 'workshop',
    from: 'event',
    startedDaysAgo: 400,
    spendUsd: [
      ['Venue hire', 900],
      ['Catering', 350],
    ],
    hours: 30,
    tracking: 'registration',
    reach: [
      ['registrations', 38],
      ['attendees', 29],
    ],
  },
  {
    name: 'Spring webinar',
    channel: 'webinar',
    from: 'event',
    startedDaysAgo: 100,
    spendUsd: [['Webinar platform', 150]],
    hours: 16,
    tracking: 'registration',
    reach: [
      ['registrations', 120],
      ['attendees', 64],
    ],
  },
];

/**
 * Marketing for a sample book: activities over the last few years, the clients they brought
 * (a share of those whose typed-in source fits), and for one client in twenty-five a yearly
 * buying rhythm in next month, so the home screen has clients due to buy. Uses its own random
 * stream: the clients and projects drawn before it stay exactly as they were.
 */
export function generateSampleMarketing(input: {
  seed: number;
  calendar: SampleCalendar;
  homeCurrency: string;
  clients: readonly SampleClient[];
  projects: readonly Project[];
  serviceTypes: readonly ServiceType[];
}): SampleMarketing {
  const random = createRandom((input.seed ^ 0x6d61726b) >>> 0);
  const { calendar } = input;
  const activities = plans.map((plan) => sampleActivity(random, plan, calendar, input.homeCurrency));
  const rhythm = rhythmProjects(random, input);
  const firstDates = firstBusinessDates([...input.projects, ...rhythm]);
  const links: ClientActivityLink[] = [];
  for (const client of input.clients) {
    const first = firstDates.get(client.id);
    const channel = client.details.source.channel;
    if (!first || channel === '' || !random.chance(0.6)) continue;
    // The latest fitting activity that started before the client's first project.
    const fitting = activities.filter(
      (activity, index) => plans[index]?.from === channel && activity.startDate <= first,
    );
    const activity = fitting.sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
    if (!activity) continue;
    links.push({
      id: client.id,
      clientId: client.id,
      activityId: activity.id,
      channel: activity.channel,
      createdAt: client.createdAt,
      updatedAt: client.createdAt,
    });
  }
  return { activities, links, rhythmProjects: rhythm };
}

function sampleActivity(
  random: SampleRandom,
  plan: ActivityPlan,
  calendar: SampleCalendar,
  currency: string,
): MarketingActivity {
  const startDay = calendar.today - plan.startedDaysAgo;
  const stamp = calendar.timestamp(startDay - 14, random);
  return {
    id: random.uuid(),
    name: plan.name,
    channel: plan.channel,
    objective: plan.channel === 'newsletter' ? 'repeat-business' : 'new-clients',
    startDate: calendar.isoDate(startDay),
    endDate: plan.channel === 'webinar' || plan.channel === 'workshop' ? calendar.isoDate(startDay) : '',
    spend: plan.spendUsd.map(([label, usd]) => ({ label, amount: { amountMinor: usd * 100, currency } })),
    hours: plan.hours,
    tracking: plan.tracking,
    trackingDetail: '',
    reach: plan.reach.map(([measure, count]) => ({
      date: calendar.isoDate(Math.min(calendar.today - 1, startDay + 90)),
      measure,
      count,
    })),
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function firstBusinessDates(projects: readonly Project[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const project of projects) {
    if (project.status !== 'completed' && project.status !== 'active') continue;
    const date = projectDate(project);
    if (date === '') continue;
    const known = first.get(project.clientId);
    if (known === undefined || date < known) first.set(project.clientId, date);
  }
  return first;
}

/** Completed projects in next month of each of the three previous years, for a few clients. */
function rhythmProjects(
  random: SampleRandom,
  input: {
    calendar: SampleCalendar;
    clients: readonly SampleClient[];
    projects: readonly Project[];
    serviceTypes: readonly ServiceType[];
  },
): Project[] {
  const { calendar } = input;
  const today = calendar.isoDate(calendar.today);
  const year = Number(today.slice(0, 4));
  const nextMonth = (Number(today.slice(5, 7)) % 12) + 1;
  const rhythmYears = [year - 3, year - 2, year - 1];
  const billed = new Map<string, Project>();
  for (const project of input.projects)
    if (project.status === 'completed') billed.set(project.clientId, project);
  const result: Project[] = [];
  const firstRhythmDay = `${rhythmYears[0]}-${String(nextMonth).padStart(2, '0')}-01`;
  for (const client of input.clients) {
    const model = billed.get(client.id);
    // Only clients who existed by the first rhythm purchase: no project predates its client.
    if (!model || client.createdAt >= firstRhythmDay || client.details.doNotContact || !random.chance(0.08))
      continue;
    const day = random.int(3, 24);
    for (const rhythmYear of rhythmYears) {
      const date = `${rhythmYear}-${String(nextMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const stamp = `${date}T10:00:00.000Z`;
      result.push({
        id: random.uuid(),
        clientId: client.id,
        title: `Yearly ${model.title.replace(/ \(\d{4}\)$/, '')}`,
        serviceTypeId: model.serviceTypeId,
        status: 'completed',
        startDate: date,
        endDate: date,
        finalInvoiceDate: date,
        amount: model.amount,
        notes: '',
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  return result;
}
