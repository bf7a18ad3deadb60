import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** Lazy pages and live queries can take a moment before their heading is there. */
const waitForHeadingMs = 2000;

/**
 * After the user moves to another page (a sidebar link, opening a client), focus goes to the new
 * page's main heading, so a screen reader announces the page and Tab starts from its top. Focus
 * the user has already put inside the page (a search box, a field) is left where it is.
 */
export function FocusPageHeading() {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    const started = performance.now();
    let frame = 0;
    const tryFocus = () => {
      const main = document.getElementById('main');
      // While a lazy page loads, React keeps the old page hidden in the DOM: skip hidden headings.
      const heading = [...(main?.querySelectorAll('h1') ?? [])].find((h1) => h1.getClientRects().length > 0);
      const active = document.activeElement;
      const userIsInPage = main?.contains(active) && active !== main && active?.tagName !== 'A';
      if (userIsInPage && active !== heading) return;
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
        if (document.activeElement === heading) return;
      }
      if (performance.now() - started < waitForHeadingMs) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [location]);
  return null;
}
