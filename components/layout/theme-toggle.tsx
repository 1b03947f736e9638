'use client';

import { Monitor, Moon, Sun } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '../ui/button';
import { cn } from '../ui/cn';
import { readThemeChoice, resolveTheme, saveThemeChoice, type ThemeChoice } from './theme';

function useThemeChoice() {
  const [choice, setChoice] = useState<ThemeChoice>('system');
  const [shown, setShown] = useState<'light' | 'dark'>('dark');
  useEffect(() => {
    const sync = () => {
      const c = readThemeChoice();
      setChoice(c);
      setShown(resolveTheme(c));
    };
    sync();
    window.addEventListener('buddy-theme', sync);
    const media = window.matchMedia('(prefers-color-scheme: light)');
    media.addEventListener('change', sync);
    return () => {
      window.removeEventListener('buddy-theme', sync);
      media.removeEventListener('change', sync);
    };
  }, []);
  return { choice, shown };
}

/** The sidebar's quick switch: flips what is shown now (and stops following the system). */
export function ThemeToggle() {
  const { shown } = useThemeChoice();
  const next = shown === 'dark' ? 'light' : 'dark';
  return (
    <Button
      variant="ghost"
      onClick={() => saveThemeChoice(next)}
      aria-label={`Switch to ${next} theme`}
      className="px-2.5"
    >
      {shown === 'dark' ? <Sun className="size-4" aria-hidden /> : <Moon className="size-4" aria-hidden />}
    </Button>
  );
}

const OPTIONS: { value: ThemeChoice; label: string; icon: typeof Sun }[] = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
];

/** Settings: light, dark, or follow the system (the default). */
export function ThemeChoicePicker() {
  const { choice } = useThemeChoice();
  return (
    <fieldset className="inline-flex rounded-lg border border-border p-0.5">
      <legend className="sr-only">Theme</legend>
      {OPTIONS.map(({ value, label, icon: Icon }) => (
        <label
          key={value}
          className={cn(
            'inline-flex cursor-pointer items-center gap-1.5 rounded-md px-3 py-1.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent',
            choice === value ? 'bg-accent text-accent-fg' : 'text-muted hover:text-text',
          )}
        >
          <input
            type="radio"
            name="theme"
            value={value}
            checked={choice === value}
            onChange={() => saveThemeChoice(value)}
            className="sr-only"
          />
          <Icon className="size-4" aria-hidden /> {label}
        </label>
      ))}
    </fieldset>
  );
}
