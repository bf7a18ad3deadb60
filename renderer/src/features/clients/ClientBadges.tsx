import type { ClientBadges as Badges } from '@shared/clients/badges';

const badgeText = {
  repeat: { label: 'Repeat client', title: 'Has come back for more projects' },
  lapsed: { label: 'Lapsed', title: 'No project for a long time: worth winning back' },
  stale: {
    label: 'Check details',
    title:
      'No business and no check for two years, or on this year’s card list with an address not checked lately',
  },
} as const;

export function ClientBadges({ badges }: { badges: Badges }) {
  const shown = (Object.keys(badgeText) as (keyof Badges)[]).filter((key) => badges[key]);
  if (shown.length === 0) return null;
  return (
    <ul className="badges" aria-label="Badges">
      {shown.map((key) => (
        <li key={key} className={`badge badge--${key}`} title={badgeText[key].title}>
          {badgeText[key].label}
        </li>
      ))}
    </ul>
  );
}
