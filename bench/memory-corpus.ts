/**
 * Varied, realistic memory notes generated offline from templates and vocabularies, seeded so every
 * run makes the same corpus. About 1% are reworded copies of earlier notes (near-duplicates).
 */
const PEOPLE = [
  'the owner',
  'Alice',
  'Bob',
  'the reviewer',
  'the on-call engineer',
  'Priya',
  'Marco',
  'the design team',
  'Chen',
  'the release manager',
];
const TOOLS = [
  'pnpm',
  'vitest',
  'Playwright',
  'Docker',
  'PostgreSQL',
  'Redis',
  'BullMQ',
  'Next.js',
  'Tailwind',
  'Prisma',
  'Grafana',
  'Prometheus',
  'nginx',
  'Terraform',
  'Kubernetes',
  'SQLite',
  'esbuild',
  'Biome',
  'GitHub Actions',
  'Sentry',
];
const TOPICS = [
  'dark mode',
  'code review',
  'release notes',
  'backups',
  'deployment',
  'test coverage',
  'the staging server',
  'the blog',
  'database migrations',
  'feature flags',
  'the nightly jobs',
  'on-call rotation',
  'API rate limits',
  'the changelog',
  'error budgets',
  'TLS certificates',
  'the design system',
  'accessibility',
  'onboarding docs',
  'the billing service',
];
const VERBS = [
  'prefers',
  'dislikes',
  'asked for',
  'approved',
  'rejected',
  'wants faster',
  'keeps forgetting',
  'documented',
  'reworked',
  'postponed',
];
const WHEN = [
  'on Mondays',
  'before lunch',
  'every Friday',
  'after each release',
  'at the end of the sprint',
  'nightly at two',
  'once a quarter',
  'during standup',
  'on weekends',
  'before the demo',
];
const REASONS = [
  'because the last outage took hours to diagnose',
  'since the previous approach caused flaky tests',
  'to keep the review queue short',
  'because customers noticed the slowdown',
  'as agreed in the retrospective',
  'to reduce noise in the alerts',
  'so that drafts are ready by morning',
  'after the migration failed twice',
];
const CATEGORIES = ['preferences', 'process', 'infra', 'people', 'lessons', 'projects', 'daily', 'tools'];
const TAGS = [
  'ui',
  'ci',
  'ops',
  'release',
  'review',
  'security',
  'perf',
  'docs',
  'backup',
  'infra',
  'content',
  'feedback',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeCorpus(count: number, seed = 42) {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  // Made-up names of projects, hosts and services give the notes a long tail of rare words.
  const syl = [
    'ka',
    'lo',
    'mi',
    'ra',
    'ten',
    'vor',
    'zu',
    'pel',
    'dra',
    'quin',
    'sto',
    'bex',
    'nor',
    'ish',
    'tal',
    'vey',
  ];
  const name = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(syl)).join('');
  const num = () => String(1 + Math.floor(r() * 500));
  const templates = [
    () => `Project ${name()} uses ${pick(TOOLS)} ${num()} for ${pick(TOPICS)}; ${pick(PEOPLE)} is the contact.`,
    () => `Host ${name()}-${num()} runs ${pick(TOOLS)} and ${pick(TOOLS)}. Restart it ${pick(WHEN)} ${pick(REASONS)}.`,
    () => `${pick(PEOPLE)} mentioned that the ${name()} customer wants ${pick(TOPICS)} by week ${num()}.`,
    () =>
      `Incident ${num()}: ${pick(TOPICS)} failed in ${name()} because ${pick(TOOLS)} ran out of disk. Fix: rotate logs ${pick(WHEN)}.`,
    () =>
      `The ${name()} repository keeps ${pick(TOPICS)} in docs/${name()}.md; ${pick(PEOPLE)} reviews changes ${pick(WHEN)}.`,
    () => `${pick(PEOPLE)} ${pick(VERBS)} ${pick(TOPICS)} in ${name()} ${pick(WHEN)}, ${pick(REASONS)}.`,
    () =>
      `Use ${pick(TOOLS)} ${num()} for ${pick(TOPICS)} on ${name()}; ${pick(PEOPLE)} ${pick(VERBS)} the ${pick(TOOLS)} setup.`,
    () =>
      `Lesson from ${name()}: ${pick(TOPICS)} broke ${pick(WHEN)} when ${pick(TOOLS)} moved to ${num()}. Check ${pick(TOPICS)} first.`,
    () =>
      `${pick(PEOPLE)} owns ${pick(TOPICS)} for ${name()}. Ask before changing ${pick(TOOLS)} settings ${pick(WHEN)}.`,
    () =>
      `Weekly feedback ${num()}: ${pick(PEOPLE)} ${pick(VERBS)} drafts about ${pick(TOPICS)} and ${name()} ${pick(REASONS)}.`,
  ];
  const out: { content: string; category: string; tags: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const copy = i > 100 && r() < 0.01 ? out[Math.floor(r() * i)] : undefined;
    const content = copy
      ? `${copy.content.replace(/\.$/, '')} ${pick(WHEN)}.`
      : `${pick(templates)()}${r() < 0.4 ? ` ${pick(templates)()}` : ''}`;
    out.push({
      content,
      category: pick(CATEGORIES),
      tags: r() < 0.6 ? [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j) : [],
    });
  }
  return out;
}

/** Search queries a person would type: one to three words, sometimes half-typed. */
export function makeQueries(count: number, seed = 7) {
  const r = rng(seed);
  const words = [
    ...TOOLS,
    ...TOPICS.flatMap((t) => t.split(' ')),
    'outage',
    'flaky',
    'retrospective',
    'drafts',
    'upgraded',
    'customers',
    'alerts',
    'Friday',
    'lunch',
  ].filter((w) => w.length > 3);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(r() * 3);
    const q = Array.from({ length: n }, () => words[Math.floor(r() * words.length)] as string).join(' ');
    return r() < 0.25 ? q.slice(0, Math.max(3, q.length - 2)) : q;
  });
}
