import { clientBadges } from '@shared/clients/badges';
import { clientDisplayName } from '@shared/clients/names';
import { summarizeProjects } from '@shared/clients/projectSummary';
import type { Project } from '@shared/model/project';
import { defaultSettings } from '@shared/model/settings';
import { generateSampleData, sampleTags } from '@shared/sample';
import { describe, expect, it } from 'vitest';

const today = '2025-06-15';
const data = generateSampleData({ clientCount: 4000, seed: 77, today });
const projectsByClient = new Map<string, Project[]>();
for (const project of data.projects) {
  const list = projectsByClient.get(project.clientId) ?? [];
  list.push(project);
  projectsByClient.set(project.clientId, list);
}
const clients = data.clients.map((client) => {
  const projects = projectsByClient.get(client.id) ?? [];
  const summary = summarizeProjects(projects, defaultSettings);
  const badges = clientBadges(
    {
      ...summary,
      kind: client.details.kind,
      createdAt: client.createdAt,
      verifiedOn: client.details.verifiedOn,
    },
    defaultSettings,
    today,
  );
  return { ...client, projects, summary, badges };
});
const share = (count: number, total = clients.length) => count / total;
const shareOf = (test: (client: (typeof clients)[number]) => boolean) => share(clients.filter(test).length);

describe('sample data: the mix a user sees in the client list', () => {
  it('holds about 55% businesses, 15% public bodies and 30% consumers', () => {
    expect(shareOf((client) => client.details.kind === 'b2b')).toBeCloseTo(0.55, 1);
    expect(shareOf((client) => client.details.kind === 'b2g')).toBeCloseTo(0.15, 1);
    expect(shareOf((client) => client.details.kind === 'b2c')).toBeCloseTo(0.3, 1);
  });

  it('has repeat clients, lapsed clients, new leads without projects and never-verified details', () => {
    const repeat = shareOf((client) => client.badges.repeat);
    const lapsed = shareOf((client) => client.badges.lapsed);
    const withoutProjects = shareOf((client) => client.projects.length === 0);
    const neverVerified = shareOf((client) => client.details.verifiedOn === '');
    expect(repeat).toBeGreaterThan(0.3);
    expect(repeat).toBeLessThan(0.8);
    expect(lapsed).toBeGreaterThan(0.08);
    expect(lapsed).toBeLessThan(0.35);
    expect(withoutProjects).toBeGreaterThan(0.04);
    expect(withoutProjects).toBeLessThan(0.2);
    expect(neverVerified).toBeGreaterThan(0.05);
    expect(neverVerified).toBeLessThan(0.25);
    // Deliberately changed (issue 11): "Check details" flagged 66 of 153 clients, which was noise.
    const checkDetails = shareOf((client) => client.badges.stale);
    expect(checkDetails).toBeGreaterThan(0.01);
    expect(checkDetails).toBeLessThan(0.2);
  });

  it('spreads projects over the six years before today, mostly completed', () => {
    const statuses = new Map<string, number>();
    for (const project of data.projects)
      statuses.set(project.status, (statuses.get(project.status) ?? 0) + 1);
    const total = data.projects.length;
    expect(share(statuses.get('completed') ?? 0, total)).toBeGreaterThan(0.6);
    for (const status of ['active', 'lead', 'cancelled']) {
      expect(share(statuses.get(status) ?? 0, total)).toBeGreaterThan(0.01);
    }
    const startYears = new Set(data.projects.map((project) => project.startDate.slice(0, 4)).filter(Boolean));
    for (const year of ['2019', '2020', '2021', '2022', '2023', '2024', '2025'])
      expect(startYears).toContain(year);
    const starts = data.projects.map((project) => project.startDate).filter(Boolean);
    expect(starts.every((date) => date >= '2019-06-01')).toBe(true);
  });

  // Deliberately changed (issue 11): Irish, Japanese and German clients were billed in dollars.
  it('bills every project in the home currency, whatever the client’s country', () => {
    expect(new Set(data.projects.map((project) => project.amount.currency))).toEqual(new Set(['USD']));
    const euro = generateSampleData({ clientCount: 500, seed: 3, today, homeCurrency: 'EUR' });
    expect(new Set(euro.projects.map((project) => project.amount.currency))).toEqual(new Set(['EUR']));
  });

  it('has a few do-not-contact clients, who are neither emailed nor sent post', () => {
    const doNotContact = clients.filter((client) => client.details.doNotContact);
    expect(share(doNotContact.length)).toBeGreaterThan(0.01);
    expect(share(doNotContact.length)).toBeLessThan(0.06);
    for (const client of doNotContact) {
      expect(client.details.permissions).toEqual({ email: false, post: false });
      expect(client.details.preferredContact).toBe('');
      expect(client.details.tags).not.toContain('newsletter');
    }
  });

  it('prefers only ways of contact the client has details for', () => {
    for (const { details } of clients) {
      const primary = details.contacts[0];
      if (details.preferredContact === 'email') expect(primary?.emails.length).toBeGreaterThan(0);
      if (details.preferredContact === 'phone' || details.preferredContact === 'text') {
        expect(primary?.phones.length).toBeGreaterThan(0);
      }
      if (details.preferredContact === 'post') expect(details.address.lines.length).toBeGreaterThan(0);
      if (details.preferredContact === 'social')
        expect(Object.keys(details.social).length).toBeGreaterThan(0);
    }
    expect(shareOf((client) => client.details.preferredContact === 'email')).toBeGreaterThan(0.3);
  });

  it('tags clients from a small vocabulary, consistent with their projects', () => {
    for (const client of clients) {
      for (const tag of client.details.tags) expect(sampleTags).toContain(tag);
      const hadRetainer = client.projects.some((project) =>
        project.title.match(/maintenance|retainer|care plan/i),
      );
      if (client.details.tags.includes('retainer')) expect(hadRetainer).toBe(true);
    }
    for (const tag of sampleTags) {
      expect(clients.some((client) => client.details.tags.includes(tag))).toBe(true);
    }
  });

  it('records how clients found the freelancer, naming who referred them', () => {
    const referrals = clients.filter((client) => client.details.source.channel === 'referral');
    expect(share(referrals.length)).toBeGreaterThan(0.2);
    const named = referrals.filter((client) => client.details.source.detail.startsWith('referred by '));
    expect(named.length / referrals.length).toBeGreaterThan(0.7);
    const channels = new Set(clients.map((client) => client.details.source.channel));
    expect(channels.size).toBeGreaterThanOrEqual(7);
  });

  it('names organizations believably, some of them long, rarely twice', () => {
    const organizations = clients.filter((client) => client.details.kind !== 'b2c');
    const names = organizations.map((client) => client.details.organization);
    expect(names.some((name) => name.length >= 60)).toBe(true);
    expect(names.some((name) => /Bakery|Bäckerei|Boulangerie|Panadería|Bakkerij/.test(name))).toBe(true);
    expect(
      names.some((name) => /Council|Ministry|Ministerium|Ministère|Ministerio|Gemeente/.test(name)),
    ).toBe(true);
    expect(names.some((name) => /Universit/.test(name))).toBe(true);
    const small = generateSampleData({ clientCount: 150, seed: 8, today }).clients;
    const smallNames = small.map((client) => clientDisplayName(client.details));
    expect(new Set(smallNames).size).toBe(smallNames.length);
  });

  it('writes people’s names with accents, and a few in other scripts', () => {
    const names = clients.flatMap((client) =>
      client.details.contacts.map((c) => `${c.givenName} ${c.familyName}`),
    );
    expect(names.some((name) => /[À-ÿĀ-žŁłØø]/.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Cyrillic}/u.test(name))).toBe(true);
    const withTitles = clients.filter(
      (client) => client.details.kind !== 'b2c' && client.details.contacts[0]?.jobTitle,
    );
    expect(withTitles.length).toBeGreaterThan(clients.length * 0.5);
  });
});
