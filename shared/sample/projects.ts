import type { ClientKind } from '../model/client';
import type { Project, ProjectStatus, ServiceType } from '../model/project';
import { quotedAmountMinor } from './amounts';
import type { SampleCalendar } from './calendar';
import type { SampleRandom } from './prng';
import { sampleServices } from './serviceCatalog';
import { lines, list } from './tables/countryProfile';

export interface ClientProjectsInput {
  clientId: string;
  kind: ClientKind;
  /** The currency this client is billed in. */
  currency: string;
  calendar: SampleCalendar;
  /** One per entry of sampleServices, in the same order. */
  serviceTypes: readonly ServiceType[];
}

export interface ClientProjects {
  projects: Project[];
  /** Names of the services the client bought, for tags such as "retainer". */
  serviceNames: Set<string>;
  /** Day numbers of the first creation and last update, or null without projects. */
  firstCreatedDay: number | null;
  lastUpdatedDay: number | null;
}

/** The six years of history the sample book covers. */
export const historyDays = 6 * 365;

// 0 to 10 projects per client, 3 on average: new leads, one-offs and loyal repeat clients.
const projectCountWeights = [10, 21, 18, 15, 12, 9, 6, 3, 2, 2, 2];
const serviceWeights: Record<ClientKind, number[]> = {
  b2b: sampleServices.map((entry) => entry.weights.b2b),
  b2g: sampleServices.map((entry) => entry.weights.b2g),
  b2c: sampleServices.map((entry) => entry.weights.b2c),
};
// Consumers pay less for the same work; public bodies a little more (procurement, paperwork).
const priceFactor: Record<ClientKind, number> = { b2b: 1, b2g: 1.25, b2c: 0.55 };

const notesByStatus: Record<ProjectStatus, readonly string[]> = {
  completed: lines(`
    Paid in two instalments.
    Scope grew; the second phase was quoted separately.
    Invoice paid late; send reminders earlier next time.
    Happy to give a testimonial.`),
  active: lines(`
    Waiting for content from the client.
    Weekly check-in on Tuesdays.`),
  lead: lines(`
    Quote sent; follow up in two weeks.
    Budget approval expected next quarter.`),
  cancelled: lines(`
    Cancelled: the budget moved to next year.
    Cancelled after the first meeting; no invoice.`),
};

/** A client's projects over the years: dates in order, statuses that follow from them. */
export function generateClientProjects(random: SampleRandom, input: ClientProjectsInput): ClientProjects {
  const count = random.weighted(projectCountWeights);
  const result: ClientProjects = {
    projects: [],
    serviceNames: new Set(),
    firstCreatedDay: null,
    lastUpdatedDay: null,
  };
  for (const startDay of planStartDays(random, count, input.calendar.today)) {
    const { project, createdDay, updatedDay, serviceName } = generateProject(random, input, startDay);
    result.projects.push(project);
    result.serviceNames.add(serviceName);
    if (result.firstCreatedDay === null || createdDay < result.firstCreatedDay)
      result.firstCreatedDay = createdDay;
    if (result.lastUpdatedDay === null || updatedDay > result.lastUpdatedDay)
      result.lastUpdatedDay = updatedDay;
  }
  return result;
}

/**
 * Start days, oldest first. One client in five is lapsed: their last project started more than
 * two years ago. The others' latest project is recent, running, or a lead starting soon.
 */
function planStartDays(random: SampleRandom, count: number, today: number): number[] {
  if (count === 0) return [];
  const lapsed = random.chance(0.2);
  const last = lapsed ? today - random.int(760, historyDays - 60) : today - random.int(-60, 600);
  if (count === 1) return [last];
  const first = Math.max(today - historyDays, last - random.int(count * 60, count * 420));
  const days = [first, last];
  for (let index = 2; index < count; index += 1) days.push(random.int(first, last));
  return days.sort((a, b) => a - b);
}

function generateProject(random: SampleRandom, input: ClientProjectsInput, startDay: number) {
  const { calendar, kind } = input;
  const today = calendar.today;
  const serviceIndex = random.weighted(serviceWeights[kind]);
  const service = sampleServices[serviceIndex] as (typeof sampleServices)[number];
  const duration = random.int(service.durationDays[0], service.durationDays[1]);
  const endDay = startDay + duration;
  const invoiceDay = endDay + random.int(0, 21);
  const status = statusOn(today, startDay, invoiceDay, random);

  const startDate = calendar.isoDate(startDay);
  const dates = { startDate, endDate: '', finalInvoiceDate: '' };
  if (status === 'lead' && random.chance(0.3)) dates.startDate = '';
  if (status === 'active' || status === 'completed') dates.endDate = calendar.isoDate(endDay);
  if (status === 'completed') {
    dates.finalInvoiceDate = calendar.isoDate(invoiceDay);
    if (random.chance(0.05)) dates.startDate = '';
  }

  const [low, high] = service.priceUsd;
  let priceUsd = (low + (high - low) * random.next() ** 1.6) * priceFactor[kind];
  if (service.monthly) priceUsd *= Math.max(1, Math.round(duration / 30));

  const createdDay =
    status === 'lead' ? today - random.int(1, 45) : Math.min(startDay - random.int(3, 30), today - 1);
  const updatedDay = Math.max(
    createdDay,
    Math.min(lastTouchDay(random, status, createdDay, invoiceDay), today - 1),
  );
  const createdAt = calendar.timestamp(createdDay, random);

  const project: Project = {
    id: random.uuid(),
    clientId: input.clientId,
    title: projectTitle(random.pick(service.titles), startDate),
    serviceTypeId: random.chance(0.03) ? '' : (input.serviceTypes[serviceIndex]?.id ?? ''),
    status,
    ...dates,
    amount: { amountMinor: quotedAmountMinor(priceUsd, input.currency), currency: input.currency },
    notes: random.chance(0.12) ? random.pick(notesByStatus[status]) : '',
    createdAt,
    updatedAt: updatedDay === createdDay ? createdAt : calendar.timestamp(updatedDay, random),
  };
  return { project, createdDay, updatedDay, serviceName: service.name };
}

/** What a project is on `today`: planned, under way, or finished (and then now and then cancelled). */
function statusOn(today: number, startDay: number, invoiceDay: number, random: SampleRandom): ProjectStatus {
  if (startDay > today) return 'lead';
  if (invoiceDay >= today) return 'active';
  return random.chance(0.06) ? 'cancelled' : 'completed';
}

/** The day the user last edited the project: when it was invoiced, called off, or lately. */
function lastTouchDay(
  random: SampleRandom,
  status: ProjectStatus,
  createdDay: number,
  invoiceDay: number,
): number {
  if (status === 'completed') return invoiceDay + random.int(0, 10);
  if (status === 'cancelled') return createdDay + random.int(3, 40);
  return random.int(createdDay, createdDay + 60);
}

const seasonByMonth = list(
  'Winter, Winter, Spring, Spring, Spring, Summer, Summer, Summer, Autumn, Autumn, Autumn, Winter',
);

function projectTitle(template: string, startDate: string): string {
  const season = seasonByMonth[Number(startDate.slice(5, 7)) - 1] ?? 'Winter';
  return template.replace('{year}', startDate.slice(0, 4)).replace('{season}', season);
}
