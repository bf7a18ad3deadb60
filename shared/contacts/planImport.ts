import type { ImportedMarketing } from '../import/marketingColumns';
import type { ClientDetails } from '../model/client';
import { type ImportClassification, type IncomingClient, withoutBatchTag } from './classifyImport';
import { clientMatchKeys } from './matchKeys';
import { fillEmptyReport } from './mergeFillEmpty';

/**
 * What to do with a row that matches an existing client or an earlier row: leave it out, fill
 * the other's empty fields from it, or import it as a client of its own.
 */
export const duplicateActions = ['skip', 'fill-empty', 'import-as-new'] as const;
export type DuplicateAction = (typeof duplicateActions)[number];

export const duplicateActionLabels: Record<DuplicateAction, string> = {
  skip: 'Skip',
  'fill-empty': 'Fill empty fields',
  'import-as-new': 'Import as new',
};

export interface ImportChoices {
  /** For every duplicate, conflict and repeated row. */
  action: DuplicateAction;
  /** Per row, by the file's row number; 'skip' also leaves out a new row. */
  overrides?: ReadonlyMap<number, DuplicateAction>;
}

export interface PlannedClient {
  /** The file's rows it came from: its own first, then rows merged into it. */
  rows: number[];
  details: ClientDetails;
  matchKeys: string[];
  /** The row's source channel and campaign, linked once the client is written. */
  marketing?: ImportedMarketing;
}

export interface PlannedUpdate {
  id: string;
  /** Kept so undoing the batch can put the client back as it was. */
  before: ClientDetails;
  after: ClientDetails;
  rows: number[];
  matchKeys: string[];
  /** The first merged row's source channel and campaign, linked when the client has no source yet. */
  marketing?: ImportedMarketing;
}

export interface ImportPlan {
  create: PlannedClient[];
  update: PlannedUpdate[];
  /** Rows left out by choice. */
  skippedRows: number[];
  /** Rows that matched and had nothing to add. */
  unchangedRows: number[];
}

type Target = { kind: 'create'; index: number } | { kind: 'update'; id: string } | { kind: 'none' };

/**
 * Turns a classification and the user's choices into the writes of one transaction: clients
 * to create and clients to update (with their state before, for undo).
 */
export function planImport(
  incoming: readonly IncomingClient[],
  classification: ImportClassification,
  existingById: ReadonlyMap<string, ClientDetails>,
  choices: ImportChoices,
): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], skippedRows: [], unchangedRows: [] };
  const updates = new Map<string, PlannedUpdate>();
  const targets: Target[] = [];
  incoming.forEach((client, index) => {
    const match = classification.matches[index];
    const override = choices.overrides?.get(client.row);
    const create = () => {
      plan.create.push({
        rows: [client.row],
        details: client.details,
        matchKeys: [...client.matchKeys],
        ...(client.marketing ? { marketing: client.marketing } : {}),
      });
      return { kind: 'create', index: plan.create.length - 1 } as const;
    };
    if (!match || match.status === 'new') {
      if (override === 'skip') plan.skippedRows.push(client.row);
      targets.push(override === 'skip' ? { kind: 'none' } : create());
      return;
    }
    const action = override ?? choices.action;
    if (action === 'import-as-new') {
      targets.push(create());
      return;
    }
    const target =
      match.existingId !== null
        ? ({ kind: 'update', id: match.existingId } as const)
        : (targets[match.earlierIndex ?? -1] ?? { kind: 'none' });
    targets.push(target);
    if (action === 'skip' || target.kind === 'none') {
      plan.skippedRows.push(client.row);
      return;
    }
    const offered = withoutBatchTag(client);
    if (target.kind === 'create') {
      const planned = plan.create[target.index];
      if (!planned) return;
      const report = fillEmptyReport(planned.details, offered);
      planned.rows.push(client.row);
      if (!planned.marketing && client.marketing) planned.marketing = client.marketing;
      if (report.filled.length > 0) planned.details = report.details;
      return;
    }
    const before = existingById.get(target.id);
    if (!before) {
      plan.skippedRows.push(client.row);
      return;
    }
    const update = updates.get(target.id) ?? {
      id: target.id,
      before,
      after: before,
      rows: [],
      matchKeys: [],
    };
    const report = fillEmptyReport(update.after, offered);
    if (report.filled.length === 0) {
      plan.unchangedRows.push(client.row);
      return;
    }
    update.after = report.details;
    update.rows.push(client.row);
    if (!update.marketing && client.marketing) update.marketing = client.marketing;
    updates.set(target.id, update);
  });
  for (const planned of plan.create)
    if (planned.rows.length > 1) planned.matchKeys = clientMatchKeys(planned.details);
  for (const update of updates.values()) {
    update.matchKeys = clientMatchKeys(update.after);
    plan.update.push(update);
  }
  return plan;
}
