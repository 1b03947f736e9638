import type { LucideIcon } from 'lucide-react';
import { BookOpenCheck, CalendarClock, CircleCheck, GitCompareArrows, Inbox, KeyRound, RefreshCw, RotateCw, Sparkles } from 'lucide-react';
import { SECTIONS } from '../layout/sections';

export type PaletteCommand = {
  id: string;
  group: 'Actions' | 'Go to' | 'Skills';
  label: string;
  hint?: string;
  icon: LucideIcon | string;
  keywords: string;
  /** Navigate somewhere, or run something and report a one-line result in the palette. */
  run: { href: string } | { task: () => Promise<string> };
};

async function validateSkills(): Promise<string> {
  const response = await fetch('/api/skills', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Could not check the skills (${response.status}).`);
  const data = (await response.json()) as { total: number; invalid: number };
  return data.invalid === 0 ? `All ${data.total} skills are valid.` : `${data.invalid} of ${data.total} skills are invalid: see the Skills page.`;
}

/**
 * Buddy's own actions. Those whose backend lives in another section open that section, where the
 * action's button is (run a job, rebuild the briefing, check drift ...).
 */
export const ACTIONS: PaletteCommand[] = [
  { id: 'rebuild-briefing', group: 'Actions', label: 'Rebuild the morning briefing', hint: 'Today', icon: Sparkles, keywords: 'briefing today morning regenerate', run: { href: '/today' } },
  { id: 'review-staging', group: 'Actions', label: 'Review the staging queue', hint: 'Staging', icon: Inbox, keywords: 'approve reject pending review', run: { href: '/staging' } },
  { id: 'run-job', group: 'Actions', label: 'Run a job now', hint: 'Jobs', icon: CalendarClock, keywords: 'job run schedule bullmq circuit', run: { href: '/jobs' } },
  { id: 'check-drift', group: 'Actions', label: 'Check architecture drift', hint: 'Drift', icon: GitCompareArrows, keywords: 'drift architecture compare', run: { href: '/drift' } },
  { id: 'restart-container', group: 'Actions', label: 'Restart a container', hint: 'Containers', icon: RotateCw, keywords: 'docker container restart gateway sandbox', run: { href: '/containers' } },
  { id: 'issue-grant', group: 'Actions', label: 'Issue an agent grant', hint: 'Governance', icon: KeyRound, keywords: 'grant token permission scope agent', run: { href: '/governance' } },
  { id: 'validate-skills', group: 'Actions', label: 'Validate the skills library', hint: 'runs here', icon: CircleCheck, keywords: 'skills check validate lint', run: { task: validateSkills } },
  { id: 'reload-page', group: 'Actions', label: 'Reload this page', icon: RefreshCw, keywords: 'refresh reload', run: {
      task: async () => {
        window.location.reload();
        return 'Reloading…';
      },
    },
  },
];

export const NAVIGATION: PaletteCommand[] = SECTIONS.map((s) => ({
  id: `go-${s.href}`,
  group: 'Go to',
  label: `Go to ${s.label}`,
  icon: s.icon,
  keywords: `${s.label} ${s.summary}`.toLowerCase(),
  run: { href: s.href },
}));

export const SKILLS_ICON = BookOpenCheck;

/** Every word of the query must appear somewhere in the label or keywords. */
export function matchesQuery(command: PaletteCommand, query: string): boolean {
  const haystack = `${command.label} ${command.keywords} ${command.hint ?? ''}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
