import { type ReactNode, useEffect, useRef } from 'react';

// The text of the last heading that took focus. The first screen after a page load only records itself, so the
// browser's own focus stays put and Quick exit remains first in keyboard order; remounting the same heading (as
// React's StrictMode does in development) moves nothing either.
let lastHeading: string | null = null;

/**
 * A screen's heading. When the screen changes, focus moves here (and the page to the top), so a screen reader
 * announces the new step and a keyboard user continues from it.
 */
export function ScreenTitle({ children, id = 'screen-title' }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    const first = lastHeading === null;
    if (text === lastHeading) return;
    lastHeading = text;
    if (first) return;
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
