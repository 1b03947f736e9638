'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Renders `children` once this spot comes near the viewport, and keeps them from then on. For heavy
 * parts below the fold: on a phone the staged item's body sits under the whole queue, and parsing
 * its markdown while the page opened was the longest task of the load.
 */
export function WhenOnScreen({ children }: { children: ReactNode }) {
  const spot = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = spot.current;
    if (shown || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        setShown(true);
        observer.disconnect();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);
  return shown ? children : <div ref={spot} className="min-h-24" data-testid="below-fold" />;
}
