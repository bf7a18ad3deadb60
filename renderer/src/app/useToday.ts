import { todayIso } from '@shared/dates/isoDate';
import { useEffect, useState } from 'react';

/** Today's date, refreshed when the window comes back into view (the app may stay open for days). */
export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const refresh = () => setToday(todayIso());
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  return today;
}
