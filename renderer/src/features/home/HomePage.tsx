import { useClientCount } from '../../db/hooks/clientHooks';
import { WelcomePanel } from '../clients/WelcomePanel';
import { ThisWeek } from './ThisWeek';

/** The first screen: the welcome panel for an empty book, otherwise what to do this week. */
export function HomePage() {
  const clientCount = useClientCount();
  if (clientCount === undefined) return <p className="loading">Loading…</p>;
  if (clientCount === 0) return <WelcomePanel />;
  return <ThisWeek />;
}
