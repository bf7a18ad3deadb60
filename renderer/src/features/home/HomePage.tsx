import { useHasClients } from '../../db/hasClients';
import { WelcomePanel } from '../clients/WelcomePanel';
import { ThisWeek } from './ThisWeek';

/** The first screen: the welcome panel for an empty book, otherwise what to do this week. */
export function HomePage() {
  const hasClients = useHasClients();
  if (hasClients === undefined) return <p className="loading">Loading…</p>;
  if (!hasClients) return <WelcomePanel />;
  return <ThisWeek />;
}
