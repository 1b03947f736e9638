import { z } from 'zod';
import type { JsonValue } from '../../db/json';
import type { CreateStagedItemInput } from '../../staging/schemas';
import { dayIn } from '../sentinel/build-digest';
import { toMicros } from './decimal';

/** A ModelChange row as stored (before/after: the changed fields, a list or a text, as JSON). */
export type ChangeRow = {
  source: string;
  modelId: string;
  provider: string;
  kind: string;
  before: JsonValue;
  after: JsonValue;
  at: Date;
};

/** The fields of a stored before/after value this report reads; anything else reads as none of them. */
const modelFieldsSchema = z
  .object({
    name: z.string().optional(),
    inputPerMTok: z.string().nullish(),
    outputPerMTok: z.string().nullish(),
    contextWindow: z.number().nullish(),
  })
  .catch({});
const fields = (value: JsonValue) => modelFieldsSchema.parse(value);

/** Rows beyond this per section are counted, not listed: a first catalog can add hundreds of models. */
export const MAX_ROWS = 40;

// Model names come from third-party catalogs: keep them from breaking the table or the markdown.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const price = (value: string | null | undefined) => (value == null ? '–' : `$${value}`);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const OTHER_KINDS: Record<string, [string, string]> = {
  'limits-changed': ['limit change', 'limit changes'],
  'capability-changed': ['capability change', 'capability changes'],
  'deprecation-announced': ['deprecation announced', 'deprecations announced'],
  repointed: ['alias pointing elsewhere', 'aliases pointing elsewhere'],
};

function move(before: string | null | undefined, after: string | null | undefined): string {
  if (before === after) return price(after);
  if (before == null || after == null) return `${price(before)} → ${price(after)}`;
  const from = toMicros(before);
  const to = toMicros(after);
  const pct = from === 0n ? '' : ` (${to > from ? '+' : ''}${((Number(to - from) / Number(from)) * 100).toFixed(1)}%)`;
  return `${price(before)} → ${price(after)}${pct}`;
}

function section(title: string, header: string, rows: string[]): string[] {
  if (rows.length === 0) return [];
  const columns = header.split('|').length - 2;
  const more = rows.length > MAX_ROWS ? ['', `…and ${rows.length - MAX_ROWS} more.`] : [];
  return [
    `### ${title} (${rows.length})`,
    '',
    header,
    `|${' --- |'.repeat(columns)}`,
    ...rows.slice(0, MAX_ROWS),
    ...more,
    '',
  ];
}

/** A stored before/after value in words: `contextWindow 128000, maxOutputTokens 8192`, a list, or the text. */
function inWords(value: JsonValue): string {
  if (value === null) return '–';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k} ${v ?? '–'}`)
      .join(', ');
  return String(value);
}

/**
 * The weekly model report, as markdown for the staging queue: models added and removed and price
 * changes first (what the owner acts on), then a line for the other kinds of change. Null when the
 * period had no change at all. Days are in the owner's time zone.
 */
export function composeModelReport(
  changes: readonly ChangeRow[],
  since: Date,
  until: Date,
  timeZone: string,
): CreateStagedItemInput | null {
  if (changes.length === 0) return null;
  const day = (d: Date) => dayIn(timeZone, d);
  const byKind = (kind: string) => changes.filter((c) => c.kind === kind);
  const added = byKind('added');
  const removed = byKind('removed');
  const priced = byKind('price-changed');
  const others = changes.filter((c) => !['added', 'removed', 'price-changed'].includes(c.kind));
  const providers = [...new Set(changes.map((c) => c.provider))].sort();
  const headline = `${count(added.length, 'model')} added, ${removed.length} removed, ${count(priced.length, 'price change')}`;
  const otherKinds = [...new Set(others.map((c) => c.kind))]
    .sort()
    .map((k) => count(others.filter((c) => c.kind === k).length, ...(OTHER_KINDS[k] ?? [k, k])));
  const body = [
    `## Model catalog, ${day(since)} to ${day(until)}`,
    '',
    `${headline} across ${providers.length > 6 ? count(providers.length, 'provider') : providers.join(', ')}.${otherKinds.length ? ` Also: ${otherKinds.join(', ')}.` : ''}`,
    'Prices are USD per million tokens, as each source lists them.',
    '',
    ...section(
      'Added',
      '| Model | Name | Provider | Source | Input | Output | Context |',
      added.map((c) => {
        const m = fields(c.after);
        return `| ${code(c.modelId)} | ${cell(m.name ?? '')} | ${cell(c.provider)} | ${cell(c.source)} | ${price(m.inputPerMTok)} | ${price(m.outputPerMTok)} | ${m.contextWindow?.toLocaleString('en-US') ?? '–'} |`;
      }),
    ),
    ...section(
      'Removed',
      '| Model | Name | Provider | Source |',
      removed.map(
        (c) =>
          `| ${code(c.modelId)} | ${cell(fields(c.before).name ?? '')} | ${cell(c.provider)} | ${cell(c.source)} |`,
      ),
    ),
    ...section(
      'Price changes',
      '| Model | Provider | Source | Input | Output |',
      priced.map((c) => {
        const b = fields(c.before);
        const a = fields(c.after);
        return `| ${code(c.modelId)} | ${cell(c.provider)} | ${cell(c.source)} | ${move(b.inputPerMTok, a.inputPerMTok)} | ${move(b.outputPerMTok, a.outputPerMTok)} |`;
      }),
    ),
    ...section(
      'Other changes',
      '| Model | Change | Source | Before | After |',
      others.map(
        (c) =>
          `| ${code(c.modelId)} | ${c.kind} | ${cell(c.source)} | ${cell(inWords(c.before))} | ${cell(inWords(c.after))} |`,
      ),
    ),
  ].join('\n');
  return {
    kind: 'model-report',
    title: `Model catalog, week to ${day(until)}: ${headline}`.slice(0, 200),
    summary:
      `${headline} (${day(since)} to ${day(until)}).${otherKinds.length ? ` Also: ${otherKinds.join(', ')}.` : ''}`.slice(
        0,
        2000,
      ),
    body,
    metadata: {
      since: since.toISOString(),
      until: until.toISOString(),
      added: added.length,
      removed: removed.length,
      priceChanges: priced.length,
      otherChanges: others.length,
    },
  };
}
