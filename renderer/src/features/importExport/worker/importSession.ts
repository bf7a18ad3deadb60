import { clientDetailsOf } from '@shared/clients/clientRecord';
import {
  classifyImport,
  type ImportClassification,
  type ImportRowStatus,
  type MatchKeyLookup,
  matchedExistingIds,
} from '@shared/contacts/classifyImport';
import { planImport } from '@shared/contacts/planImport';
import { nowIso } from '@shared/ids';
import { ContactsFileReader, type ImportProblem, type ParseContactsResult } from '@shared/import';
import { type MarketingMatch, matchImportedActivities } from '@shared/import/marketingColumns';
import type { Client, ClientDetails } from '@shared/model/client';
import { loadClientsByIds } from '../../../db/clientsRepository';
import { activitiesForImport } from '../../../db/marketingRepository';
import type { WorkerDatabase } from '../../../db/workerDatabase';
import type {
  ImportChoicesMessage,
  ImportPreview,
  ImportSettings,
  ImportStage,
  MatchedRowView,
  MatchFilter,
  Page,
  PlanCounts,
} from './importProtocol';
import { buildPreview, matchedRowView } from './previewViews';

export interface WorkContext {
  signal: AbortSignal;
  progress: (stage: ImportStage, fraction: number) => void;
}

/** The file as read with one set of settings, classified against the client book. */
export interface ReadState {
  settings: ImportSettings;
  result: ParseContactsResult;
  classification: ImportClassification;
  /** Contact indexes by status, for paging through one kind of row. */
  byStatus: Record<ImportRowStatus, number[]>;
  /** Problems of rows (not of the whole file), by row. */
  rowProblems: ImportProblem[];
  /** The user's activities as read with the file, and the campaigns the file names that are new. */
  activities: Awaited<ReturnType<typeof activitiesForImport>>;
  marketing: MarketingMatch;
}

/**
 * One file being imported, in the worker: the bytes, the text and table read from them (kept
 * by the reader), the existing clients it matches, and the state of the latest completed read.
 * A read that is cancelled leaves the previous state in place.
 */
export class ImportSession {
  private readonly reader: ContactsFileReader;
  private detected: ImportPreview['detected'] | null = null;
  private current: ReadState | null = null;
  /** Existing clients matched so far, as stored and as details, read once each. */
  readonly existing = new Map<string, Client>();
  readonly existingDetails = new Map<string, ClientDetails>();
  /** When the file was opened against `lookup`: imports committed elsewhere after are re-checked. */
  readonly openedAt = nowIso();
  private knownIds: Set<string> | null = null;

  constructor(
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    private readonly lookup: MatchKeyLookup,
    private readonly db: () => WorkerDatabase,
  ) {
    this.reader = new ContactsFileReader(bytes, fileName);
  }

  /** Whether the client was in the book the duplicates were found against. */
  knowsClient = (id: string): boolean => {
    if (!this.knownIds) {
      this.knownIds = new Set();
      for (const found of this.lookup.values()) {
        if (typeof found === 'string') this.knownIds.add(found);
        else for (const each of found) this.knownIds.add(each);
      }
    }
    return this.knownIds.has(id);
  };

  get state(): ReadState {
    if (!this.current) throw new Error('The file has not been read yet.');
    return this.current;
  }

  async read(settings: ImportSettings, work: WorkContext): Promise<ImportPreview> {
    let stage: ImportStage = 'reading';
    const result = await this.reader.read({
      encoding: settings.encoding,
      delimiter: settings.delimiter === 'auto' ? undefined : settings.delimiter,
      source: settings.source === 'auto' ? undefined : settings.source,
      mapping: settings.mapping ?? undefined,
      kind: settings.kind,
      // The batch tag is added when the clients are written, so editing it costs nothing.
      batchTag: '',
      signal: work.signal,
      onStage: (next) => {
        stage = next;
      },
      onProgress: (fraction) => work.progress(stage, fraction),
    });
    work.progress('matching', 0);
    await this.loadMatchedClients(result);
    const activities = await activitiesForImport(this.db());
    work.signal.throwIfAborted();
    const marketing = matchImportedActivities(result.contacts, activities);
    const classification = classifyImport(result.contacts, this.lookup, this.existingDetails);
    const byStatus: ReadState['byStatus'] = { new: [], duplicate: [], conflict: [], 'file-duplicate': [] };
    classification.matches.forEach((match, index) => {
      byStatus[match.status].push(index);
    });
    this.detected ??= {
      encoding: result.encoding,
      delimiter: result.delimiter,
      source: result.detectedSource,
    };
    this.current = {
      settings,
      result,
      classification,
      byStatus,
      rowProblems: [...result.problems.filter((problem) => problem.row > 0), ...marketing.problems].sort(
        (a, b) => a.row - b.row,
      ),
      activities,
      marketing,
    };
    return buildPreview(this.current, {
      fileName: this.fileName,
      fileSize: this.bytes.byteLength,
      detected: { ...this.detected, source: result.detectedSource },
    });
  }

  private async loadMatchedClients(result: ParseContactsResult): Promise<void> {
    const missing = matchedExistingIds(result.contacts, this.lookup).filter((id) => !this.existing.has(id));
    if (missing.length === 0) return;
    for (const client of await loadClientsByIds(this.db(), missing)) {
      this.existing.set(client.id, client);
      this.existingDetails.set(client.id, clientDetailsOf(client));
    }
  }

  matches(filter: MatchFilter, offset: number, limit: number): Page<MatchedRowView> {
    const { byStatus } = this.state;
    const indexes =
      filter === 'matched'
        ? [...byStatus.duplicate, ...byStatus.conflict, ...byStatus['file-duplicate']].sort((a, b) => a - b)
        : byStatus[filter];
    return {
      total: indexes.length,
      offset,
      items: indexes.slice(offset, offset + limit).map((index) => matchedRowView(this, index)),
    };
  }

  problems(offset: number, limit: number): Page<ImportProblem> {
    const { rowProblems } = this.state;
    return { total: rowProblems.length, offset, items: rowProblems.slice(offset, offset + limit) };
  }

  plan(choices: ImportChoicesMessage): PlanCounts {
    const plan = this.planWith(choices);
    return {
      create: plan.create.length,
      update: plan.update.length,
      skipped: plan.skippedRows.length,
      unchanged: plan.unchangedRows.length,
    };
  }

  planWith(choices: ImportChoicesMessage) {
    const { result, classification } = this.state;
    return planImport(result.contacts, classification, this.existingDetails, {
      action: choices.action,
      overrides: new Map(choices.overrides),
    });
  }
}
