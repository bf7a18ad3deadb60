import { clientDisplayName, personName } from '../clients/names';
import { type CsvCell, toCsv } from '../csv/writeCsv';
import type { ClientDetails } from '../model/client';
import { type Touch, touchKindLabels } from '../model/touch';
import { followUpState, followUpStateLabels } from '../touches/followUps';

type ClientForExport = Pick<ClientDetails, 'kind' | 'organization' | 'contacts'> & { id: string };

/** One row per touch, with the client's name and id so rows can be matched back to clients. */
function touchesToCsvRows(
  touches: readonly Touch[],
  clientsById: ReadonlyMap<string, ClientForExport>,
  today: string,
): CsvCell[][] {
  const rows: CsvCell[][] = [
    [
      'Client',
      'Client id',
      'Date',
      'Kind',
      'Person',
      'Summary',
      'Notes',
      'Logged by',
      'Follow-up due',
      'Follow-up',
      'Follow-up status',
    ],
  ];
  for (const touch of touches) {
    const client = clientsById.get(touch.clientId);
    const person = client?.contacts.find((contact) => contact.id === touch.personId);
    rows.push([
      client ? clientDisplayName(client) : '',
      touch.clientId,
      touch.date,
      touchKindLabels[touch.kind],
      person ? personName(person) : '',
      touch.summary,
      touch.notes,
      touch.appEvent ? 'Clientele' : 'You',
      touch.followUp?.dueOn ?? '',
      touch.followUp?.action ?? '',
      touch.followUp ? followUpStateLabels[followUpState(touch.followUp, today)] : '',
    ]);
  }
  return rows;
}

export function touchesCsv(
  touches: readonly Touch[],
  clientsById: ReadonlyMap<string, ClientForExport>,
  today: string,
): string {
  return toCsv(touchesToCsvRows(touches, clientsById, today));
}
