import type { ClientDetails, ClientKind } from '../model/client';
import type { ClientActivityLink, MarketingActivity } from '../model/marketing';
import type { Project, ServiceType } from '../model/project';
import { isKnownCurrency } from '../money/money';
import { createSampleCalendar } from './calendar';
import { drawVerifiedDay, generateClientDetails } from './clientDetails';
import { generateSampleMarketing } from './marketing';
import { createRandom } from './prng';
import { generateClientProjects, historyDays } from './projects';
import { sampleServices } from './serviceCatalog';
import { type CountryProfile, countryProfiles, countryWeights } from './tables';
import { generateSampleRelationships, type SampleRelationships } from './touches';

export interface SampleDataOptions {
  clientCount: number;
  /** The same seed and options always give the same data. */
  seed?: number;
  /** YYYY-MM-DD: history runs up to this day; no timestamp comes from the clock. */
  today: string;
  /** ISO 4217 code every project is billed in (the freelancer's home currency); 'USD' unless given. */
  homeCurrency?: string;
}

/** A client as the database stores it, before the derived fields (summary, search keys). */
export interface SampleClient {
  id: string;
  createdAt: string;
  updatedAt: string;
  details: ClientDetails;
}

export interface SampleData extends SampleRelationships {
  serviceTypes: ServiceType[];
  clients: SampleClient[];
  projects: Project[];
  activities: MarketingActivity[];
  activityLinks: ClientActivityLink[];
}

const clientKindsInMix: readonly ClientKind[] = ['b2b', 'b2g', 'b2c'];
const clientKindWeights = [55, 15, 30];

/**
 * A believable client book for a freelancer: clients from several countries with their projects
 * over the six years before `today`. Deterministic, so tests and the benchmark can rely on it.
 */
export function generateSampleData(options: SampleDataOptions): SampleData {
  const { clientCount } = options;
  if (!Number.isSafeInteger(clientCount) || clientCount < 0) {
    throw new RangeError(`clientCount must be a whole number of 0 or more, not ${clientCount}.`);
  }
  const homeCurrency = options.homeCurrency ?? 'USD';
  if (!isKnownCurrency(homeCurrency))
    throw new RangeError(`"${homeCurrency}" is not an ISO 4217 currency code.`);
  const random = createRandom(options.seed ?? 1);
  const calendar = createSampleCalendar(options.today);
  const today = calendar.today;

  const serviceTypes: ServiceType[] = sampleServices.map((service) => {
    const createdAt = calendar.timestamp(today - historyDays - random.int(30, 90), random);
    return {
      id: random.uuid(),
      name: service.name,
      nameKey: service.name.toLowerCase(),
      createdAt,
      updatedAt: createdAt,
    };
  });

  const takenPeople = new Set<string>();
  const takenOrganizations = new Set<string>();
  const clients: SampleClient[] = [];
  const projects: Project[] = [];
  for (let index = 0; index < clientCount; index += 1) {
    const country = countryProfiles[random.weighted(countryWeights)] as CountryProfile;
    const kind = clientKindsInMix[random.weighted(clientKindWeights)] as ClientKind;
    const id = random.uuid();
    // Every client is billed in the freelancer's home currency: one currency throughout, so an
    // Irish or Japanese client is never billed in another country's money.
    const currency = homeCurrency;
    const history = generateClientProjects(random, { clientId: id, kind, currency, calendar, serviceTypes });
    const createdDay =
      history.firstCreatedDay === null
        ? today - random.int(1, 540)
        : history.firstCreatedDay - random.int(1, 45);
    const verifiedDay = drawVerifiedDay(random, createdDay, today);
    const details = generateClientDetails(random, {
      country,
      kind,
      verifiedOn: verifiedDay === null ? '' : calendar.isoDate(verifiedDay),
      serviceNames: history.serviceNames,
      completedProjectCount: history.projects.filter((project) => project.status === 'completed').length,
      takenPeople,
      takenOrganizations,
    });
    const updatedDay = Math.max(createdDay, history.lastUpdatedDay ?? createdDay, verifiedDay ?? createdDay);
    const createdAt = calendar.timestamp(createdDay, random);
    const updatedAt = updatedDay === createdDay ? createdAt : calendar.timestamp(updatedDay, random);
    clients.push({ id, createdAt, updatedAt, details });
    for (const project of history.projects) projects.push(project);
  }
  const marketing = generateSampleMarketing({
    seed: options.seed ?? 1,
    calendar,
    homeCurrency,
    clients,
    projects,
    serviceTypes,
  });
  projects.push(...marketing.rhythmProjects);
  const relationships = generateSampleRelationships({
    clients,
    projects,
    calendar,
    seed: options.seed ?? 1,
    touchesPerClient: 10,
  });
  return {
    serviceTypes,
    clients,
    projects,
    activities: marketing.activities,
    activityLinks: marketing.links,
    ...relationships,
  };
}
