import type { ReactNode } from 'react';

const path = (d: string) => (
  <svg className="sidebar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

/** Icons that stand for each section when a narrow window folds the sidebar to icons. */
export const sidebarIcons: Record<string, ReactNode> = {
  '/': path('M12 3 2 12h3v8h5v-5h4v5h5v-8h3Z'),
  '/clients': path('M12 12a4 4 0 1 0-4-4 4 4 0 0 0 4 4Zm0 2c-3.3 0-8 1.7-8 5v1h16v-1c0-3.3-4.7-5-8-5Z'),
  '/insights': path('M4 20V10h3v10Zm6 0V4h3v16Zm6 0v-7h3v7Z'),
  '/marketing': path('M3 10v4h3l6 4V6L6 10Zm13.5 2A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4Z'),
  '/surveys': path('M5 3h14v18H5Zm3 4v2h8V7Zm0 4v2h8v-2Zm0 4v2h5v-2Z'),
  '/pricing': path(
    'M21 11.6 12.4 3H4v8.4l8.6 8.6a1.4 1.4 0 0 0 2 0l6.4-6.4a1.4 1.4 0 0 0 0-2ZM7.5 9A1.5 1.5 0 1 1 9 7.5 1.5 1.5 0 0 1 7.5 9Z',
  ),
  '/holiday-cards': path('M3 6h18v12H3Zm2 2v.4l7 4.4 7-4.4V8l-7 4.4Z'),
  '/import': path('M11 3h2v9l3-3 1.4 1.4L12 15.8l-5.4-5.4L8 9l3 3Zm-7 14h16v4H4Z'),
  '/settings': path(
    'M19.4 13a7.6 7.6 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.6 7.6 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.6 7.6 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.6 7.6 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.6 7.6 0 0 0 1.7 1L11 21h4l.4-2.9a7.6 7.6 0 0 0 1.7-1l2.5 1 2-3.5ZM13 15.5a3.5 3.5 0 1 1 3.5-3.5 3.5 3.5 0 0 1-3.5 3.5Z',
  ),
};

/** A plain dot for a section added without an icon of its own. */
export const fallbackSidebarIcon = path('M12 8a4 4 0 1 1-4 4 4 4 0 0 1 4-4Z');
