import type { MailingList } from '@shared/holidayCards';
import type { HomeDismissal } from '@shared/insights';
import type { Client } from '@shared/model/client';
import type { ImportBatch, ImportPreset } from '@shared/model/importBatch';
import type { ClientActivityLink, MarketingActivity } from '@shared/model/marketing';
import type { Project, ServiceType } from '@shared/model/project';
import type { Settings } from '@shared/model/settings';
import type { Referral, Touch } from '@shared/model/touch';
import type { PricingScenario } from '@shared/pricing';
import type { Survey, SurveyAnswer, SurveySending } from '@shared/surveys';
import Dexie, { type Table } from 'dexie';
import { type DataChangeStampRow, dataChangeStampMiddleware } from './dataChangeStamp';
import { type SchemaVersion, schemaVersions } from './schema';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/** Deleted records kept for undo: a client with its projects, a project, a scenario, a list. */
export interface TrashEntry {
  id: string;
  deletedAt: string;
  /** What was deleted, in words, for the undo message. */
  label: string;
  clients: Client[];
  projects: Project[];
  pricingScenarios?: PricingScenario[];
  mailingLists?: MailingList[];
  touches?: Touch[];
  referrals?: Referral[];
  surveySendings?: SurveySending[];
  surveyAnswers?: SurveyAnswer[];
  clientActivityLinks?: ClientActivityLink[];
}

const databaseName = 'clientele';

export class ClienteleDatabase extends Dexie {
  clients!: Table<Client, string>;
  projects!: Table<Project, string>;
  serviceTypes!: Table<ServiceType, string>;
  settings!: Table<SettingsRow, string>;
  trash!: Table<TrashEntry, string>;
  pricingScenarios!: Table<PricingScenario, string>;
  mailingLists!: Table<MailingList, string>;
  importBatches!: Table<ImportBatch, string>;
  importPresets!: Table<ImportPreset, string>;
  touches!: Table<Touch, string>;
  referrals!: Table<Referral, string>;
  surveys!: Table<Survey, string>;
  surveySendings!: Table<SurveySending, string>;
  surveyAnswers!: Table<SurveyAnswer, string>;
  marketingActivities!: Table<MarketingActivity, string>;
  clientActivityLinks!: Table<ClientActivityLink, string>;
  homeDismissals!: Table<HomeDismissal, string>;
  dataChangeStamps!: Table<DataChangeStampRow, string>;

  /** `versions` is for upgrade tests, which open a database as an older release left it. */
  constructor(name: string = databaseName, versions: readonly SchemaVersion[] = schemaVersions) {
    // Strict durability: a write is on disk before it reports success, so a crash or power
    // cut right after "Saved" loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const schema of versions) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    this.use(dataChangeStampMiddleware);
  }
}
