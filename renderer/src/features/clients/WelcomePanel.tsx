import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { showError, showToast } from '../../state/toastStore';

/** Sample clients loaded by "Explore with sample data": enough to see every badge and sort. */
const sampleClientCount = 150;

/** What a first run shows: the ways to fill an empty client book. */
export function WelcomePanel() {
  const today = useToday();
  const [loading, setLoading] = useState(false);
  const [, navigate] = useLocation();
  const explore = async () => {
    setLoading(true);
    try {
      // Loaded on demand, so the generator and its name tables are not part of every start-up.
      const { loadSampleData } = await import('../../db/sampleDataRepository');
      await loadSampleData(db, sampleClientCount, today);
      showToast(`Added ${sampleClientCount} sample clients. Remove them any time in Settings.`);
      // Show what was added: the list, as on the welcome panel's own page before the home screen existed.
      navigate('/clients');
    } catch (error) {
      showError(error);
      setLoading(false);
    }
  };
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Clientele</h1>
      <p className="welcome__lead">
        Your client book is empty. Everything you add stays on this computer; nothing is sent anywhere.
      </p>
      <div className="welcome__choices">
        <div className="welcome__choice">
          <h2>Add your first client</h2>
          <p>A business, a government body or a private person, with the people to contact there.</p>
          <Link href="/clients/new" className="button button--primary">
            Add a client
          </Link>
        </div>
        <div className="welcome__choice">
          <h2>Import your contacts</h2>
          <p>
            From Google Contacts, Outlook, LinkedIn, Apple Contacts or any spreadsheet, with a preview before
            anything is saved.
          </p>
          <Link href="/import" className="button">
            Import contacts
          </Link>
        </div>
        <div className="welcome__choice">
          <h2>Explore with sample data</h2>
          <p>
            {sampleClientCount} made-up clients with six years of projects, to try searching, sorting and the
            badges. Remove them later in Settings.
          </p>
          <button type="button" className="button" onClick={explore} disabled={loading}>
            {loading ? 'Adding sample clients…' : 'Explore with sample data'}
          </button>
        </div>
      </div>
    </section>
  );
}
