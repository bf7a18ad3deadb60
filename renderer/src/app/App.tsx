import { Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { QuitBackupNotice } from '../features/backups/QuitBackupNotice';
import { ClientsPage } from '../features/clients/ClientsPage';
import { HomePage } from '../features/home/HomePage';
import { UndoImportDialog } from '../features/importExport/UndoImportDialog';
import { WindowFileDrop } from '../features/importExport/WindowFileDrop';
import { TouchLayer } from '../features/touches/TouchLayer';
import { Toasts } from '../ui/Toasts';
import { FocusPageHeading } from './FocusPageHeading';
import { lazyPage } from './lazyPage';
import { NotFoundPage } from './NotFoundPage';
import { ReplacedWindowNotice } from './ReplacedWindowNotice';
import { Sidebar } from './Sidebar';

const ClientFormPage = lazyPage(() => import('../features/clients/ClientFormPage'), 'ClientFormPage');
const ClientPage = lazyPage(() => import('../features/clients/ClientPage'), 'ClientPage');
const HolidayCardListsPage = lazyPage(
  () => import('../features/holidayCards/HolidayCardListsPage'),
  'HolidayCardListsPage',
);
const ImportExportPage = lazyPage(
  () => import('../features/importExport/ImportExportPage'),
  'ImportExportPage',
);
const MailingListPage = lazyPage(() => import('../features/holidayCards/MailingListPage'), 'MailingListPage');
const PricingComparePage = lazyPage(
  () => import('../features/pricing/PricingComparePage'),
  'PricingComparePage',
);
const PricingEditorPage = lazyPage(
  () => import('../features/pricing/PricingEditorPage'),
  'PricingEditorPage',
);
const PricingListPage = lazyPage(() => import('../features/pricing/PricingListPage'), 'PricingListPage');
const SurveysPage = lazyPage(() => import('../features/surveys/SurveysPage'), 'SurveysPage');
const SurveyEditorPage = lazyPage(() => import('../features/surveys/SurveyEditorPage'), 'SurveyEditorPage');
const SurveyResultsPage = lazyPage(
  () => import('../features/surveys/SurveyResultsPage'),
  'SurveyResultsPage',
);
const FormsCsvImportPage = lazyPage(
  () => import('../features/surveys/FormsCsvImportPage'),
  'FormsCsvImportPage',
);
const SendingPage = lazyPage(() => import('../features/surveys/SendingPage'), 'SendingPage');
const CustomerDataPage = lazyPage(() => import('../features/insights/CustomerDataPage'), 'CustomerDataPage');
const MarketingPage = lazyPage(() => import('../features/marketing/MarketingPage'), 'MarketingPage');
const ActivityFormPage = lazyPage(() => import('../features/marketing/ActivityFormPage'), 'ActivityFormPage');
const TracePage = lazyPage(() => import('../features/marketing/TracePage'), 'TracePage');
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');

export function App() {
  return (
    <Router hook={useHashLocation}>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <ReplacedWindowNotice />
      <QuitBackupNotice />
      <UndoImportDialog />
      <div className="app">
        <Sidebar />
        <main id="main" className="content" tabIndex={-1}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/clients" component={ClientsPage} />
              <Route path="/clients/new" component={ClientFormPage} />
              <Route path="/clients/:id/edit" component={ClientFormPage} />
              <Route path="/clients/:id" component={ClientPage} />
              <Route path="/pricing" component={PricingListPage} />
              <Route path="/pricing/new" component={PricingEditorPage} />
              <Route path="/pricing/compare/:ids" component={PricingComparePage} />
              <Route path="/pricing/:id" component={PricingEditorPage} />
              <Route path="/holiday-cards" component={HolidayCardListsPage} />
              <Route path="/holiday-cards/:id" component={MailingListPage} />
              <Route path="/import" component={ImportExportPage} />
              <Route path="/surveys" component={SurveysPage} />
              <Route path="/surveys/new" component={SurveyEditorPage} />
              <Route path="/surveys/results" component={SurveyResultsPage} />
              <Route path="/surveys/import" component={FormsCsvImportPage} />
              <Route path="/surveys/sendings/:id" component={SendingPage} />
              <Route path="/surveys/:id" component={SurveyEditorPage} />
              <Route path="/insights" component={CustomerDataPage} />
              <Route path="/marketing" component={MarketingPage} />
              <Route path="/marketing/activities/new" component={ActivityFormPage} />
              <Route path="/marketing/activities/:id" component={ActivityFormPage} />
              <Route path="/marketing/trace" component={TracePage} />
              <Route path="/settings" component={SettingsPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </main>
      </div>
      <WindowFileDrop />
      <FocusPageHeading />
      <TouchLayer />
      <Toasts />
    </Router>
  );
}
