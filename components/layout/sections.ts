import {
  BookOpenCheck,
  Boxes,
  Brain,
  CalendarClock,
  GitCompareArrows,
  Inbox,
  type LucideIcon,
  Radar,
  Settings,
  ShieldCheck,
  Sunrise,
} from 'lucide-react';

export type Section = { href: string; label: string; icon: LucideIcon; summary: string };

/** Every section of the dashboard, in navigation order. */
export const SECTIONS: Section[] = [
  {
    href: '/today',
    label: 'Today',
    icon: Sunrise,
    summary: 'The morning briefing: what ran overnight, what failed, what waits for you.',
  },
  {
    href: '/staging',
    label: 'Staging',
    icon: Inbox,
    summary: 'Everything the overnight jobs produced, waiting for your approval.',
  },
  {
    href: '/jobs',
    label: 'Jobs',
    icon: CalendarClock,
    summary: 'The nightly schedule, run history, circuit breakers and run-now.',
  },
  {
    href: '/memory',
    label: 'Memory',
    icon: Brain,
    summary: 'The long-term memory entries the agents rely on, curated by you.',
  },
  {
    href: '/containers',
    label: 'Containers',
    icon: Boxes,
    summary: 'Gateway, sandbox and dashboard containers: health, hardening, logs.',
  },
  {
    href: '/drift',
    label: 'Drift',
    icon: GitCompareArrows,
    summary: 'Where the documented architecture and the running system disagree.',
  },
  {
    href: '/governance',
    label: 'Governance',
    icon: ShieldCheck,
    summary: 'Workspace layers, agent permission grants, the audit log and secrets.',
  },
  {
    href: '/skills',
    label: 'Skills',
    icon: BookOpenCheck,
    summary: 'The SKILL.md library and the gateway extensions that enforce the rules.',
  },
  {
    href: '/intelligence',
    label: 'Intelligence',
    icon: Radar,
    summary: 'Model changes, predictions and the daily news digest.',
  },
  {
    href: '/settings',
    label: 'Settings',
    icon: Settings,
    summary: 'Your account, appearance and how this Buddy is configured.',
  },
];
