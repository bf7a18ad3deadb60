import type { Project } from '@shared/model/project';
import { defaultProjectCurrency } from '@shared/projects/defaultCurrency';
import { describe, expect, it } from 'vitest';

function project(currency: string, startDate: string, createdAt = '2026-01-01T00:00:00Z'): Project {
  return {
    id: crypto.randomUUID(),
    clientId: 'c1',
    title: 'Work',
    serviceTypeId: '',
    status: 'completed',
    startDate,
    endDate: '',
    finalInvoiceDate: '',
    amount: { amountMinor: 100_00, currency },
    notes: '',
    createdAt,
    updatedAt: createdAt,
  };
}

describe('default currency of a new project', () => {
  it("follows the client's last project, not USD", () => {
    const projects = [
      project('EUR', '2026-05-01'),
      project('USD', '2024-01-01'),
      project('EUR', '2025-03-01'),
    ];
    expect(defaultProjectCurrency(projects, 'USD')).toBe('EUR');
    expect(defaultProjectCurrency([project('GBP', '2024-01-01'), project('JPY', '2025-01-01')], 'USD')).toBe(
      'JPY',
    );
  });

  it('falls back to the home currency for a client without projects', () => {
    expect(defaultProjectCurrency([], 'CHF')).toBe('CHF');
  });

  it('breaks a tie on the date by which project was entered last', () => {
    const projects = [
      project('EUR', '2026-05-01', '2026-05-02T10:00:00Z'),
      project('PLN', '2026-05-01', '2026-05-03T10:00:00Z'),
    ];
    expect(defaultProjectCurrency(projects, 'USD')).toBe('PLN');
  });
});
