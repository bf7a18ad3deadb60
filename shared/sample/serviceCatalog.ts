import type { ClientKind } from '../model/client';
import { lines } from './tables/countryProfile';

/** A kind of work the sample freelancer sells, with what it typically costs and takes. */
export interface SampleService {
  name: string;
  /** Lowest and highest price in US dollars; per month for a retainer. */
  priceUsd: readonly [number, number];
  monthly: boolean;
  /** Days from start to end. */
  durationDays: readonly [number, number];
  /** Project titles; {year} and {season} come from the start date. */
  titles: readonly string[];
  /** How often each kind of client books it. */
  weights: Readonly<Record<ClientKind, number>>;
}

export const sampleServices: readonly SampleService[] = [
  service(
    'Website redesign',
    [4000, 24000],
    [30, 120],
    { b2b: 10, b2g: 8, b2c: 3 },
    `
    Website redesign
    Website relaunch {year}
    New website
    Online shop build
    Website refresh`,
  ),
  service(
    'Brand identity',
    [2500, 15000],
    [20, 75],
    { b2b: 8, b2g: 3, b2c: 1 },
    `
    Brand identity
    Rebrand {year}
    Visual identity refresh
    Brand guidelines`,
  ),
  service(
    'Logo design',
    [500, 3000],
    [7, 30],
    { b2b: 6, b2g: 1, b2c: 5 },
    `
    Logo design
    Logo refresh
    Logo and business cards`,
  ),
  service(
    'Workshop',
    [800, 4000],
    [0, 1],
    { b2b: 7, b2g: 8, b2c: 2 },
    `
    {season} workshop
    Team workshop
    Strategy workshop
    Design thinking workshop`,
  ),
  service(
    'Consulting day',
    [600, 1800],
    [0, 2],
    { b2b: 9, b2g: 6, b2c: 3 },
    `
    Consulting day
    Strategy session
    Advisory day, {season} {year}`,
  ),
  service(
    'Copywriting',
    [300, 4000],
    [5, 30],
    { b2b: 8, b2g: 5, b2c: 4 },
    `
    Website copy
    Brochure copywriting
    Product descriptions
    Newsletter copy, {season} {year}`,
  ),
  service(
    'SEO audit',
    [900, 3500],
    [5, 20],
    { b2b: 6, b2g: 2, b2c: 1 },
    `
    SEO audit
    Search visibility review {year}
    Technical SEO audit`,
  ),
  service(
    'Photography',
    [400, 3500],
    [0, 3],
    { b2b: 6, b2g: 4, b2c: 10 },
    `
    Team headshots
    Product photography
    Event photography
    Wedding photography
    Family portrait session`,
  ),
  service(
    'Training course',
    [1200, 6000],
    [1, 10],
    { b2b: 5, b2g: 9, b2c: 4 },
    `
    Writing for the web course
    Social media training
    Accessible documents training
    Photography course`,
  ),
  service(
    'Maintenance retainer',
    [150, 900],
    [90, 365],
    { b2b: 7, b2g: 5, b2c: 1 },
    `
    Website maintenance {year}
    Monthly support retainer
    Care plan {year}`,
    true,
  ),
  service(
    'Accessibility audit',
    [1500, 6000],
    [10, 30],
    { b2b: 3, b2g: 7, b2c: 0 },
    `
    Accessibility audit
    WCAG review {year}`,
  ),
  service(
    'Annual report design',
    [3000, 12000],
    [30, 60],
    { b2b: 4, b2g: 6, b2c: 0 },
    `
    Annual report {year}
    Impact report {year}`,
  ),
];

function service(
  name: string,
  priceUsd: [number, number],
  durationDays: [number, number],
  weights: Record<ClientKind, number>,
  titles: string,
  monthly = false,
): SampleService {
  return { name, priceUsd, monthly, durationDays, titles: lines(titles), weights };
}
