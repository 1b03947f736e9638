'use client';

import { useEffect } from 'react';
import { applyTheme, readThemeChoice } from './theme';

/**
 * Puts the theme class back on <html> whenever the tree mounts. The inline bootstrap sets it before
 * paint, but when React renders the root again on the client (after a hydration mismatch anywhere on
 * the page) it restores the server's `className`, and a light-theme owner would get the dark one.
 */
export function ThemeSync() {
  useEffect(() => applyTheme(readThemeChoice()), []);
  return null;
}
