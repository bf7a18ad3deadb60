import { buildClientRecord } from '@shared/clients/clientRecord';
import { emptyProjectSummary } from '@shared/clients/projectSummary';
import {
  businessByClient,
  dueToBuyEntries,
  insightClient,
  insightProject,
  untracedClientIds,
} from '@shared/insights';
import { generateSampleData } from '@shared/sample';
import { describe, expect, it } from 'vitest';

const today = '2026-11-30';
const data = generateSampleData({ clientCount: 1000, seed: 7, today });
const clients = data.clients.map((client) =>
  insightClient(
    buildClientRecord(
      client.details,
      { id: client.id, createdAt: client.createdAt, updatedAt: client.updatedAt },
      emptyProjectSummary,
    ),
  ),
);
const projects = data.projects.map(insightProject);

describe('sample marketing', () => {
  it('has activities across channels, with spend and hours, and clients linked to them', () => {
    expect(data.activities.length).toBeGreaterThanOrEqual(6);
    expect(new Set(data.activities.map((activity) => activity.channel)).size).toBeGreaterThanOrEqual(6);
    expect(data.activities.every((activity) => activity.startDate < today)).toBe(true);
    const activityIds = new Set(data.activities.map((activity) => activity.id));
    expect(data.activityLinks.length).toBeGreaterThan(50);
    for (const link of data.activityLinks) expect(activityIds.has(link.activityId)).toBe(true);
  });

  it('links a client only to an activity that started before their first project', () => {
    const firstDates = businessByClient(projects);
    const starts = new Map(data.activities.map((activity) => [activity.id, activity.startDate]));
    for (const link of data.activityLinks) {
      const first = firstDates.get(link.clientId)?.[0]?.date ?? '';
      expect((starts.get(link.activityId) ?? '') <= first).toBe(true);
    }
  });

  it('leaves clients with no known source for reverse tracking, and gives some a rhythm due soon', () => {
    expect(untracedClientIds(clients, data.activityLinks).length).toBeGreaterThan(20);
    const due = dueToBuyEntries(clients, projects, { today, dueToBuyLeadWeeks: 6, dueToBuyOverdueWeeks: 8 });
    expect(due.length).toBeGreaterThan(5);
    expect(due.map((entry) => entry.detail)).toContain('Bought in December in 2023, 2024 and 2025.');
  });

  it('is the same for the same seed', () => {
    const again = generateSampleData({ clientCount: 1000, seed: 7, today });
    expect(again.activities).toEqual(data.activities);
    expect(again.activityLinks).toEqual(data.activityLinks);
  });
});
