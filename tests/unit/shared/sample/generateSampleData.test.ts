import { normalizeClientDetails } from '@shared/clients/clientDetails';
import { validateClient } from '@shared/clients/validateClient';
import { validateProject } from '@shared/projects/validateProject';
import { generateSampleData } from '@shared/sample';
import { describe, expect, it } from 'vitest';

const today = '2025-06-15';
const data = generateSampleData({ clientCount: 3000, seed: 2025, today });

describe('generateSampleData: determinism', () => {
  it('gives identical data for identical options', () => {
    const options = { clientCount: 200, seed: 9, today, homeCurrency: 'EUR' };
    expect(generateSampleData(options)).toEqual(generateSampleData(options));
  });

  it('gives different clients for a different seed', () => {
    const first = generateSampleData({ clientCount: 50, seed: 1, today });
    const second = generateSampleData({ clientCount: 50, seed: 2, today });
    expect(second.clients.map((client) => client.id)).not.toEqual(first.clients.map((client) => client.id));
    expect(second.clients.map((client) => client.details)).not.toEqual(
      first.clients.map((client) => client.details),
    );
  });

  it('takes every date from `today`, not from the clock', () => {
    const data2020 = generateSampleData({ clientCount: 300, seed: 5, today: '2020-03-01' });
    const stamps = [...data2020.clients, ...data2020.projects].flatMap((record) => [
      record.createdAt,
      record.updatedAt,
    ]);
    for (const stamp of stamps) expect(stamp < '2020-03-01').toBe(true);
    expect(stamps.some((stamp) => stamp >= '2020-01-01')).toBe(true);
  });
});

describe('generateSampleData: counts and links', () => {
  it('makes the requested number of clients and about three projects each', () => {
    expect(data.clients).toHaveLength(3000);
    expect(data.projects.length).toBeGreaterThan(3000 * 2.7);
    expect(data.projects.length).toBeLessThan(3000 * 3.3);
    expect(generateSampleData({ clientCount: 0, today }).clients).toEqual([]);
  });

  it('offers about a dozen distinct service types', () => {
    const names = data.serviceTypes.map((type) => type.nameKey);
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(new Set(names).size).toBe(names.length);
    for (const type of data.serviceTypes) expect(type.nameKey).toBe(type.name.trim().toLowerCase());
    expect(data.serviceTypes.map((type) => type.name)).toContain('Website redesign');
  });

  it('gives every record a unique id and links projects to existing clients and service types', () => {
    const clientIds = new Set(data.clients.map((client) => client.id));
    const serviceTypeIds = new Set(data.serviceTypes.map((type) => type.id));
    const allIds = [
      ...clientIds,
      ...serviceTypeIds,
      ...data.projects.map((project) => project.id),
      ...data.clients.flatMap((client) => client.details.contacts.map((contact) => contact.id)),
    ];
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const project of data.projects) {
      expect(clientIds.has(project.clientId)).toBe(true);
      if (project.serviceTypeId !== '') expect(serviceTypeIds.has(project.serviceTypeId)).toBe(true);
    }
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateSampleData({ clientCount: -1, today })).toThrow(RangeError);
    expect(() => generateSampleData({ clientCount: 1.5, today })).toThrow(RangeError);
    expect(() => generateSampleData({ clientCount: 1, today: '2025-02-30' })).toThrow(RangeError);
    expect(() => generateSampleData({ clientCount: 1, today, homeCurrency: 'XYZ' })).toThrow(RangeError);
  });
});

describe('generateSampleData: valid records', () => {
  it('makes clients that pass validation and are already normalised', () => {
    for (const client of data.clients) {
      expect(validateClient(client.details, today)).toEqual({});
      expect(normalizeClientDetails(client.details)).toEqual(client.details);
    }
  });

  it('makes projects that pass validation with dates in a sensible order', () => {
    for (const project of data.projects) {
      expect(validateProject(project)).toEqual({});
      const { startDate, endDate, finalInvoiceDate } = project;
      if (startDate && endDate) expect(endDate >= startDate).toBe(true);
      if (endDate && finalInvoiceDate) expect(finalInvoiceDate >= endDate).toBe(true);
      if (project.status === 'completed') {
        expect(finalInvoiceDate).not.toBe('');
        expect(finalInvoiceDate <= today).toBe(true);
      }
      if (project.status !== 'completed') expect(finalInvoiceDate).toBe('');
      expect(project.amount.amountMinor).toBeGreaterThan(0);
    }
  });

  it('keeps timestamps in order: a client exists before its projects, updates follow creation', () => {
    const clientCreated = new Map(data.clients.map((client) => [client.id, client.createdAt]));
    for (const record of [...data.clients, ...data.projects, ...data.serviceTypes]) {
      expect(record.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(record.updatedAt >= record.createdAt).toBe(true);
      expect(record.updatedAt < today).toBe(true);
    }
    for (const project of data.projects) {
      expect(project.createdAt > (clientCreated.get(project.clientId) ?? '')).toBe(true);
    }
  });

  it('marks clients verified no earlier than they were added and no later than today', () => {
    for (const client of data.clients) {
      const { verifiedOn } = client.details;
      if (verifiedOn === '') continue;
      expect(verifiedOn >= client.createdAt.slice(0, 10)).toBe(true);
      expect(verifiedOn <= today).toBe(true);
    }
  });
});
