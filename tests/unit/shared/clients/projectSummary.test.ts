import { billedAmounts } from '@shared/clients/billedTotals';
import { onlyQuotedText, projectDate, summarizeProjects } from '@shared/clients/projectSummary';
import type { Project } from '@shared/model/project';
import { describe, expect, it } from 'vitest';

function project(fields: Partial<Project>): Project {
  return {
    id: crypto.randomUUID(),
    clientId: 'c1',
    title: 'Work',
    serviceTypeId: '',
    status: 'completed',
    startDate: '',
    endDate: '',
    finalInvoiceDate: '',
    amount: { amountMinor: 0, currency: 'USD' },
    notes: '',
    createdAt: '',
    updatedAt: '',
    ...fields,
  };
}

describe('project summary', () => {
  it('dates a project by its final invoice, else its end, else its start', () => {
    expect(
      projectDate(
        project({ startDate: '2025-01-01', endDate: '2025-02-01', finalInvoiceDate: '2025-03-01' }),
      ),
    ).toBe('2025-03-01');
    expect(projectDate(project({ startDate: '2025-01-01', endDate: '2025-02-01' }))).toBe('2025-02-01');
    expect(projectDate(project({ startDate: '2025-01-01' }))).toBe('2025-01-01');
  });

  it('dates a project under way by when it began, not by its planned end', () => {
    expect(projectDate(project({ status: 'active', startDate: '2026-10-01', endDate: '2027-03-31' }))).toBe(
      '2026-10-01',
    );
  });

  it('totals completed projects per currency and ignores leads and cancelled work for dates', () => {
    const summary = summarizeProjects(
      [
        project({
          status: 'completed',
          endDate: '2024-05-01',
          amount: { amountMinor: 100_00, currency: 'USD' },
        }),
        project({
          status: 'completed',
          endDate: '2025-05-01',
          amount: { amountMinor: 50_00, currency: 'EUR' },
        }),
        project({
          status: 'active',
          startDate: '2026-09-01',
          amount: { amountMinor: 999_00, currency: 'USD' },
        }),
        project({ status: 'lead', startDate: '2026-12-01', amount: { amountMinor: 1_00, currency: 'USD' } }),
        project({
          status: 'cancelled',
          startDate: '2020-01-01',
          amount: { amountMinor: 1_00, currency: 'USD' },
        }),
      ],
      { homeCurrency: 'USD', exchangeRates: {} },
    );
    expect(summary).toEqual({
      projectCount: 5,
      completedProjectCount: 2,
      activeProjectCount: 1,
      quotedProjectCount: 1,
      firstProjectDate: '2024-05-01',
      lastProjectDate: '2026-09-01',
      totalBilledMinor: 100_00,
      billedByCurrency: { USD: 100_00, EUR: 50_00 },
    });
  });
});

describe('billed amounts', () => {
  it('lists the home currency first, then the others from the largest down, without zeros', () => {
    expect(billedAmounts({ EUR: 50_00, PLN: 900_00, USD: 10_00, GBP: 0 }, 'USD')).toEqual([
      { currency: 'USD', amountMinor: 10_00 },
      { currency: 'PLN', amountMinor: 900_00 },
      { currency: 'EUR', amountMinor: 50_00 },
    ]);
    expect(billedAmounts({}, 'USD')).toEqual([]);
  });

  it('says a client has only quotes instead of showing no last project and a zero total', () => {
    const settings = { homeCurrency: 'USD', exchangeRates: {} };
    const onlyLead = summarizeProjects([project({ status: 'lead', startDate: '2026-11-01' })], settings);
    expect(onlyQuotedText(onlyLead)).toBe('No finished projects yet; 1 quoted');
    const twoLeadsOneCancelled = summarizeProjects(
      [project({ status: 'lead' }), project({ status: 'lead' }), project({ status: 'cancelled' })],
      settings,
    );
    expect(onlyQuotedText(twoLeadsOneCancelled)).toBe('No finished projects yet; 2 quoted');
    expect(
      onlyQuotedText(summarizeProjects([project({ status: 'lead' }), project({})], settings)),
    ).toBeNull();
    expect(onlyQuotedText(summarizeProjects([], settings))).toBeNull();
  });
});
