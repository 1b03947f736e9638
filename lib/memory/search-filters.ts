import type { z } from 'zod';
import type { DbProvider } from '../db/client';
import type { searchMemorySchema } from './schemas';

export type SearchFilters = z.output<typeof searchMemorySchema>;
const WEEK_MS = 7 * 86_400_000;

/**
 * Collects SQL conditions and their parameters for the raw full-text queries, with the placeholder
 * style of each database (`?` for SQLite, `$n` for PostgreSQL). Values are always parameters.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(private readonly provider: DbProvider) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.provider === 'sqlite' ? '?' : `$${this.values.length}`;
  }
  date(value: Date): string {
    // The SQLite adapter stores DateTime as ISO-8601 text, which compares correctly as a string.
    return this.add(this.provider === 'sqlite' ? value.toISOString() : value);
  }
  bool(value: boolean): string {
    return this.add(this.provider === 'sqlite' ? (value ? 1 : 0) : value);
  }
}

/** WHERE conditions on the entry table aliased `e`. */
export function filterConditions(f: SearchFilters, p: SqlParams, now = new Date()): string[] {
  const where: string[] = [];
  if (f.status === 'deleted') where.push('e."deletedAt" IS NOT NULL', 'e."mergedIntoId" IS NULL');
  else if (f.status === 'all') where.push('e."mergedIntoId" IS NULL');
  else where.push('e."deletedAt" IS NULL', `e."status" = ${p.add(f.status)}`);
  if (f.category?.length) where.push(`e."category" IN (${f.category.map((c) => p.add(c.toLowerCase())).join(', ')})`);
  if (f.source?.length) where.push(`e."sourceKind" IN (${f.source.map((s) => p.add(s)).join(', ')})`);
  for (const tag of f.tag ?? []) where.push(`e."tags" LIKE ${p.add(`%,${tag.toLowerCase()},%`)}`);
  if (f.pinned) where.push(`e."pinned" = ${p.bool(f.pinned === 'true')}`);
  if (f.expiry === 'none') where.push('e."expiresAt" IS NULL');
  if (f.expiry === 'expired') where.push(`e."expiresAt" <= ${p.date(now)}`);
  if (f.expiry === 'live') where.push(`(e."expiresAt" IS NULL OR e."expiresAt" > ${p.date(now)})`);
  if (f.expiry === 'expiring') {
    where.push(`e."expiresAt" > ${p.date(now)}`, `e."expiresAt" <= ${p.date(new Date(now.getTime() + WEEK_MS))}`);
  }
  return where;
}

/** The same filters for Prisma queries (lists without a search term). */
export function filterWhere(f: SearchFilters, now = new Date()) {
  const and: Record<string, unknown>[] = [];
  if (f.status === 'deleted') and.push({ deletedAt: { not: null }, mergedIntoId: null });
  else if (f.status === 'all') and.push({ mergedIntoId: null });
  else and.push({ deletedAt: null, status: f.status });
  if (f.category?.length) and.push({ category: { in: f.category.map((c) => c.toLowerCase()) } });
  if (f.source?.length) and.push({ sourceKind: { in: f.source } });
  for (const tag of f.tag ?? []) and.push({ tags: { contains: `,${tag.toLowerCase()},` } });
  if (f.pinned) and.push({ pinned: f.pinned === 'true' });
  if (f.expiry === 'none') and.push({ expiresAt: null });
  if (f.expiry === 'expired') and.push({ expiresAt: { lte: now } });
  if (f.expiry === 'live') and.push({ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });
  if (f.expiry === 'expiring') and.push({ expiresAt: { gt: now, lte: new Date(now.getTime() + WEEK_MS) } });
  return { AND: and };
}
