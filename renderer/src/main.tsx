import { todayIso } from '@shared/dates/isoDate';
import { startupCauseOf } from '@shared/storage/startupProblem';
import { isStorageError } from '@shared/storage/storageErrors';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupProblem } from './app/StartupProblem';
import { bridge } from './bridge';
import { openAppDatabase } from './db/appDatabase';
import { startHomeReads } from './db/homeReads';
import { startBackupScheduler } from './features/backups/backupScheduler';
import { useDatabaseStatusStore } from './state/databaseStatusStore';
import { showError } from './state/toastStore';
import './styles/app.css';

// A database error nobody caught still reaches the user in words, not as a console line.
window.addEventListener('unhandledrejection', (event) => {
  if (!isStorageError(event.reason)) return;
  event.preventDefault();
  showError(event.reason);
});

const root = createRoot(document.getElementById('root') as HTMLElement);

openAppDatabase({
  // Rendered until the other window closes; the app replaces it once the upgrade finishes.
  onUpgradeBlocked: () => root.render(<StartupProblem cause="blocked" />),
  onReplacedByNewerVersion: () => useDatabaseStatusStore.setState({ replaced: true }),
})
  .then(() => {
    startHomeReads(todayIso());
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    if (bridge.platform === 'electron') startBackupScheduler();
  })
  .catch((error: unknown) => {
    console.error('Clientele could not open its data:', error);
    root.render(<StartupProblem cause={startupCauseOf(error)} />);
  });
