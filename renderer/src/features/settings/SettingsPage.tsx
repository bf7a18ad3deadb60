import { PageHeader } from '../../ui/PageHeader';
import { BackupsPanel } from '../backups/BackupsPanel';
import { InsightsSettingsForm } from './InsightsSettingsForm';
import { PreferencesForm } from './PreferencesForm';
import { SampleDataPanel } from './SampleDataPanel';

export function SettingsPage() {
  return (
    <div className="settings-page">
      <PageHeader title="Settings" />
      <PreferencesForm />
      <InsightsSettingsForm />
      <SampleDataPanel />
      <BackupsPanel />
    </div>
  );
}
