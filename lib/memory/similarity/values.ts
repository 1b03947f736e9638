/**
 * The values a note states (ports and other numbers, versions, paths, dates, times, addresses,
 * names), each normalised, and the note's text with them taken out. Two notes about one subject
 * that state different values of one kind disagree: "Postgres on port 5432" and "Postgres moved to
 * 5433" is the case this exists for.
 */
export const VALUE_KINDS = ['date', 'time', 'address', 'path', 'number', 'name'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];
export type Values = Map<ValueKind, Set<string>>;

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const monthOf = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;
const pad = (n: number | string) => String(n).padStart(2, '0');

type Rule = { kind: ValueKind; pattern: RegExp; value: (m: RegExpExecArray) => string | null };

/** Applied in order; what a rule matches is blanked, so a later rule never sees it (a path's digits are no port). */
const RULES: Rule[] = [
  { kind: 'name', pattern: /`([^`\n]{1,120})`/g, value: (m) => m[1] ?? null },
  { kind: 'address', pattern: /\bhttps?:\/\/[^\s)>\]]+/gi, value: (m) => m[0].replace(/[.,;:]+$/, '') },
  { kind: 'address', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, value: (m) => m[0] },
  {
    kind: 'date',
    pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g,
    value: (m) => `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`,
  },
  {
    kind: 'date',
    pattern:
      /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?/gi,
    value: (m) => `${m[3] ?? '????'}-${pad(monthOf(m[2] as string))}-${pad(m[1] as string)}`,
  },
  {
    kind: 'date',
    pattern:
      /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/gi,
    value: (m) => `${m[3] ?? '????'}-${pad(monthOf(m[1] as string))}-${pad(m[2] as string)}`,
  },
  {
    kind: 'time',
    pattern: /\b([01]?\d|2[0-3])[:h]([0-5]\d)\b/g,
    value: (m) => `${pad(m[1] as string)}:${m[2]}`,
  },
  // host:port; the port is kept as a number, so "localhost:5432" and "port 5433" compare.
  {
    kind: 'address',
    pattern: /\b([a-z][\w-]*(?:\.[\w-]+)*):(\d{2,5})\b/gi,
    value: (m) => (m[1] as string).toLowerCase(),
  },
  {
    kind: 'path',
    pattern: /(?:^|[\s(="'])((?:~|\.{1,2})?\/[\w.@%+-]+(?:\/[\w.@%+-]*)*)/g,
    value: (m) => (m[1] as string).replace(/[.,;:]+$/, '').replace(/\/$/, '') || '/',
  },
  {
    kind: 'path',
    pattern: /\b[\w-]+\.(?:md|json|ya?ml|toml|ts|tsx|js|mjs|py|sh|env|conf|lock|txt|sql|prisma)\b/gi,
    value: (m) => m[0],
  },
  {
    kind: 'address',
    pattern: /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|local|lan|internal|cloud|ai)\b/gi,
    value: (m) => m[0].toLowerCase(),
  },
  { kind: 'name', pattern: /@[a-z0-9][\w-]*/gi, value: (m) => m[0] },
  { kind: 'name', pattern: /"([^"\n]{1,80})"/g, value: (m) => m[1] ?? null },
  {
    kind: 'name',
    pattern: /\b(?:named|called|renamed to|known as)\s+([\p{L}\p{N}][\p{L}\p{N}_.-]*)/giu,
    value: (m) => m[1] ?? null,
  },
  { kind: 'name', pattern: /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/gi, value: (m) => m[0] },
  { kind: 'number', pattern: /\bv?(\d+(?:\.\d+)+)(?:-[\w.]+)?\b/gi, value: (m) => m[1] ?? null },
  { kind: 'number', pattern: /(?<![\w.-])(\d+)(?!\w|\.\d|-\w)/g, value: (m) => String(Number(m[1])) },
];

/**
 * "moved from 5432 to 5433", "5432 -> 5433", "instead of 5432", "no longer on 5432": the old value
 * is not what the note states, so it is left out.
 */
const SUPERSEDED = [
  /\bfrom\s+(?:port\s+|version\s+|v)?\S+\s+(?=to\b)/gi,
  /\S+\s*(?:->|→|=>)\s*(?=\S)/g,
  /\binstead\s+of\s+(?:port\s+|version\s+)?\S+/gi,
  /\bno\s+longer\s+(?:on|at|in|uses?|runs?)?\s*(?:port\s+|version\s+)?\S+/gi,
  /\b(?:was|used to be)\s+(?:on\s+|at\s+|in\s+)?(?:port\s+|version\s+)?\S*\d\S*/gi,
];

export function extractValues(text: string): { values: Values; rest: string } {
  let rest = text;
  for (const pattern of SUPERSEDED) rest = rest.replace(pattern, ' ');
  const values: Values = new Map();
  for (const rule of RULES) {
    rest = rest.replace(rule.pattern, (...args) => {
      const match = Object.assign([...args.slice(0, -2)], { index: 0, input: '' }) as unknown as RegExpExecArray;
      const value = rule
        .value(match)
        ?.trim()
        .replace(/[.,;:!?]+$/, '')
        .toLowerCase();
      if (value) {
        const set = values.get(rule.kind) ?? new Set<string>();
        set.add(value);
        values.set(rule.kind, set);
      }
      // The host:port rule keeps the port for the number rule.
      return rule.kind === 'address' && match[2] && /^\d+$/.test(match[2]) ? ` ${match[2]} ` : ' ';
    });
  }
  return { values, rest };
}

/**
 * The kinds on which two notes disagree: both state values of that kind and each states one the
 * other does not. A note that only adds detail ("Postgres 15 on 5432" beside "Postgres on 5432")
 * does not disagree.
 */
export function disagreements(a: Values, b: Values): { kind: ValueKind; mine: string[]; theirs: string[] }[] {
  const out: { kind: ValueKind; mine: string[]; theirs: string[] }[] = [];
  for (const kind of VALUE_KINDS) {
    const x = a.get(kind);
    const y = b.get(kind);
    if (!x || !y) continue;
    const mine = [...x].filter((v) => !y.has(v));
    const theirs = [...y].filter((v) => !x.has(v));
    if (mine.length > 0 && theirs.length > 0) out.push({ kind, mine, theirs });
  }
  return out;
}
