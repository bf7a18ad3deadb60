import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openAppDatabase } from './db/appDatabase';
import './styles/app.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

openAppDatabase()
  .then(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    root.render(
      <div className="startup-error" role="alert">
        <h1>Clientele could not open its data</h1>
        <p>{message}</p>
        <p>Your data has not been changed. Close other Clientele windows and start it again.</p>
      </div>,
    );
  });
