/** light / dark / system (the default): the choice is kept per browser; "system" follows prefers-color-scheme. */
export type ThemeChoice = 'light' | 'dark' | 'system';
export const THEME_KEY = 'buddy-theme';

export function readThemeChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  const theme = resolveTheme(choice);
  root.classList.remove('dark', 'light');
  root.classList.add(theme);
  root.style.colorScheme = theme;
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  applyTheme(choice);
  window.dispatchEvent(new Event('buddy-theme'));
}

/**
 * Runs before paint (inline in the root layout) so no one sees the wrong theme flash; it also keeps
 * following the system while the choice is "system".
 */
export const THEME_BOOTSTRAP = `(function(){function t(){var c=null;try{c=localStorage.getItem('${THEME_KEY}')}catch(e){}var l=c==='light'||(c!=='dark'&&window.matchMedia('(prefers-color-scheme: light)').matches);var r=document.documentElement;r.classList.remove('dark','light');r.classList.add(l?'light':'dark');r.style.colorScheme=l?'light':'dark'}t();try{window.matchMedia('(prefers-color-scheme: light)').addEventListener('change',t)}catch(e){}})();`;
