import { clientDisplayName } from '../clients/names';
import { type CsvCell, toCsv } from '../csv/writeCsv';
import type { ClientDetails } from '../model/client';
import { type Project, projectStatusLabels, type ServiceType } from '../model/project';
import { minorToMajor } from '../money/money';

type ClientName = Pick<ClientDetails, 'kind' | 'organization' | 'contacts'>;

/**
 * One row per project. Amounts are numbers in major units (1234.5, not "1,234.50 €") so a
 * spreadsheet can sum them; the currency sits in its own column.
 */
export function projectsToCsvRows(
  projects: readonly Project[],
  clientsById: ReadonlyMap<string, ClientName>,
  serviceTypes: readonly ServiceType[],
): CsvCell[][] {
  const serviceNames = new Map(serviceTypes.map((service) => [service.id, service.name]));
  const rows: CsvCell[][] = [
    [
      'Client',
      'Project',
      'Service',
      'Status',
      'Start date',
      'End date',
      'Final invoice date',
      'Amount',
      'Currency',
      'Notes',
    ],
  ];
  for (const project of projects) {
    const client = clientsById.get(project.clientId);
    rows.push([
      client ? clientDisplayName(client) : '',
      project.title,
      serviceNames.get(project.serviceTypeId) ?? '',
      projectStatusLabels[project.status],
      project.startDate,
      project.endDate,
      project.finalInvoiceDate,
      minorToMajor(project.amount.amountMinor, project.amount.currency),
      project.amount.currency,
      project.notes,
    ]);
  }
  return rows;
}

export function projectsCsv(
  projects: readonly Project[],
  clientsById: ReadonlyMap<string, ClientName>,
  serviceTypes: readonly ServiceType[],
): string {
  return toCsv(projectsToCsvRows(projects, clientsById, serviceTypes));
}
