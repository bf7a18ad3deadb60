import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ClientFormPage } from '../features/clients/ClientFormPage';
import { ClientPage } from '../features/clients/ClientPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { HolidayCardListsPage } from '../features/holidayCards/HolidayCardListsPage';
import { MailingListPage } from '../features/holidayCards/MailingListPage';
import { PricingComparePage } from '../features/pricing/PricingComparePage';
import { PricingEditorPage } from '../features/pricing/PricingEditorPage';
import { PricingListPage } from '../features/pricing/PricingListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Toasts } from '../ui/Toasts';
import { NotFoundPage } from './NotFoundPage';
import { Sidebar } from './Sidebar';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <div className="app">
        <Sidebar />
        <main id="main" className="content" tabIndex={-1}>
          <Switch>
            <Route path="/" component={ClientsPage} />
            <Route path="/clients/new" component={ClientFormPage} />
            <Route path="/clients/:id/edit" component={ClientFormPage} />
            <Route path="/clients/:id" component={ClientPage} />
            <Route path="/pricing" component={PricingListPage} />
            <Route path="/pricing/new" component={PricingEditorPage} />
            <Route path="/pricing/compare/:ids" component={PricingComparePage} />
            <Route path="/pricing/:id" component={PricingEditorPage} />
            <Route path="/holiday-cards" component={HolidayCardListsPage} />
            <Route path="/holiday-cards/:id" component={MailingListPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </main>
      </div>
      <Toasts />
    </Router>
  );
}
