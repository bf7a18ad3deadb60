import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/appDatabase';
import { WelcomePanel } from '../clients/WelcomePanel';
import { ThisWeek } from './ThisWeek';

/** The first screen: the welcome panel for an empty book, otherwise what to do this week. */
export function HomePage() {
  const clientCount = useLiveQuery(() => db.clients.count(), []);
  if (clientCount === undefined) return <p className="loading">Loading…</p>;
  if (clientCount === 0) return <WelcomePanel />;
  return <ThisWeek />;
}
