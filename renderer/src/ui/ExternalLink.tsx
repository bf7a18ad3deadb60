import type { ReactNode } from 'react';
import { bridge } from '../bridge';

/** A link that leaves the app: opened by the system browser or mail app, never inside the app. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      target="_blank"
      onClick={(event) => {
        event.preventDefault();
        void bridge.openExternalLink(href);
      }}
    >
      {children}
    </a>
  );
}
