import { Link, useLocation } from 'wouter';
import { FollowUpCount } from '../features/touches/FollowUpCount';
import { fallbackSidebarIcon, sidebarIcons } from './sidebarIcons';

const sections = [
  { href: '/', label: 'Home', matches: (path: string) => path === '/' },
  { href: '/clients', label: 'Clients', matches: (path: string) => path.startsWith('/clients') },
  { href: '/insights', label: 'Customer data', matches: (path: string) => path.startsWith('/insights') },
  { href: '/marketing', label: 'Marketing', matches: (path: string) => path.startsWith('/marketing') },
  { href: '/pricing', label: 'Pricing', matches: (path: string) => path.startsWith('/pricing') },
  { href: '/surveys', label: 'Surveys', matches: (path: string) => path.startsWith('/surveys') },
  {
    href: '/holiday-cards',
    label: 'Holiday cards',
    matches: (path: string) => path.startsWith('/holiday-cards'),
  },
  { href: '/import', label: 'Import & export', matches: (path: string) => path.startsWith('/import') },
  { href: '/settings', label: 'Settings', matches: (path: string) => path.startsWith('/settings') },
];

export function Sidebar() {
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label="Main">
      <p className="sidebar__brand">Clientele</p>
      <ul>
        {sections.map((section) => {
          const current = section.matches(location);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                className={`sidebar__link${current ? ' sidebar__link--current' : ''}`}
                aria-current={current ? 'page' : undefined}
                title={section.label}
              >
                {sidebarIcons[section.href] ?? fallbackSidebarIcon}
                <span className="sidebar__label">{section.label}</span>
                {section.href === '/' && <FollowUpCount />}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
