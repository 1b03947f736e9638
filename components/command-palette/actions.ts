import type { LucideIcon } from 'lucide-react';
import {
  CalendarClock,
  CircleCheck,
  GitCompareArrows,
  Inbox,
  KeyRound,
  RefreshCw,
  RotateCw,
  Sparkles,
  Zap,
} from 'lucide-react';
import { apiFetch } from '../api-client';
import type { JobRow } from '../jobs/types';
import { SECTIONS } from '../layout/sections';

export type PaletteCommand = {
  id: string;
  group: 'Actions' | 'Run a job' | 'Go to' | 'Skills' | 'Waiting for review' | 'Memory';
  label: string;
  hint?: string;
  icon: LucideIcon | string;
  keywords: string;
  /** Navigate somewhere, or run something and report a one-line result in the palette. */
  run: { href: string } | { task: () => Promise<string> };
};

// Operations call the same endpoints as the buttons on their pages; a refusal (problem+json detail)
// becomes the palette's error line, and the live events refresh whatever page is open.

async function validateSkills(): Promise<string> {
  const data = await apiFetch<{ total: number; invalid: number }>('/api/skills');
  return data.invalid === 0
    ? `All ${data.total} skills are valid.`
    : `${data.invalid} of ${data.total} skills are invalid: see the Skills page.`;
}

async function rebuildBriefing(): Promise<string> {
  const briefing = await apiFetch<{ briefingId: string; headline: string }>('/api/briefings', { method: 'POST' });
  return `Briefing rebuilt: ${briefing.headline}`;
}

async function checkDrift(): Promise<string> {
  const result = await apiFetch<{ outcome: string; reason: string }>('/api/drift/check', { method: 'POST' });
  return result.reason;
}

/** One "run now" command per catalog job, built from GET /api/jobs while the palette is open. */
export function runJobCommand(job: Pick<JobRow, 'id' | 'title' | 'enabled' | 'circuitState'>): PaletteCommand {
  const hint = job.circuitState === 'open' ? 'circuit open' : job.enabled ? undefined : 'paused';
  return {
    id: `run-${job.id}`,
    group: 'Run a job',
    label: `Run ${job.title} now`,
    hint,
    icon: Zap,
    keywords: `run job now ${job.id}`,
    run: {
      task: async () => {
        const { runId } = await apiFetch<{ runId: string }>(`/api/jobs/${encodeURIComponent(job.id)}/run`, {
          method: 'POST',
        });
        return `Queued ${job.title} (run ${runId.slice(0, 8)}). It appears on the Jobs page as it runs.`;
      },
    },
  };
}

/**
 * Buddy's own actions. Operations run here and report one line; those that need a choice or a form
 * (which container, which grant, which staged item) open the section where that is made.
 */
export const ACTIONS: PaletteCommand[] = [
  {
    id: 'rebuild-briefing',
    group: 'Actions',
    label: 'Rebuild the morning briefing',
    hint: 'runs here',
    icon: Sparkles,
    keywords: 'briefing today morning regenerate',
    run: { task: rebuildBriefing },
  },
  {
    id: 'check-drift',
    group: 'Actions',
    label: 'Check architecture drift now',
    hint: 'runs here',
    icon: GitCompareArrows,
    keywords: 'drift architecture compare check',
    run: { task: checkDrift },
  },
  {
    id: 'validate-skills',
    group: 'Actions',
    label: 'Validate the skills library',
    hint: 'runs here',
    icon: CircleCheck,
    keywords: 'skills check validate lint',
    run: { task: validateSkills },
  },
  {
    id: 'review-staging',
    group: 'Actions',
    label: 'Review the staging queue',
    hint: 'Staging',
    icon: Inbox,
    keywords: 'approve reject pending review',
    run: { href: '/staging' },
  },
  {
    id: 'open-jobs',
    group: 'Actions',
    label: 'Pause, resume or tune a job',
    hint: 'Jobs',
    icon: CalendarClock,
    keywords: 'job pause resume schedule bullmq circuit settings',
    run: { href: '/jobs' },
  },
  {
    id: 'restart-container',
    group: 'Actions',
    label: 'Restart a container',
    hint: 'Containers',
    icon: RotateCw,
    keywords: 'docker container restart gateway sandbox',
    run: { href: '/containers' },
  },
  {
    id: 'issue-grant',
    group: 'Actions',
    label: 'Issue an agent grant',
    hint: 'Governance',
    icon: KeyRound,
    keywords: 'grant token permission scope agent',
    run: { href: '/governance' },
  },
  {
    id: 'reload-page',
    group: 'Actions',
    label: 'Reload this page',
    icon: RefreshCw,
    keywords: 'refresh reload',
    run: {
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

/** Every word of the query must appear somewhere in the label or keywords. */
export function matchesQuery(command: PaletteCommand, query: string): boolean {
  const haystack = `${command.label} ${command.keywords} ${command.hint ?? ''}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
