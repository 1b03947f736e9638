import { createHash } from 'node:crypto';
import { z } from 'zod';
import { dbProvider, getDb } from '../db/client';
import { headMac } from './audit-key';

export const auditInputSchema = z.object({
  actor: z.string().min(1).max(200),
  action: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'action is "<domain>.<verb>"'),
  target: z.string().max(500).optional(),
  decision: z.enum(['allowed', 'denied']).default('allowed'),
  reason: z.string().max(2000).optional(),
  grantId: z.string().max(100).optional(),
  // A grant's issue event records all its scopes (every scope together is about 250 characters).
  scope: z.string().max(500).optional(),
  resource: z.string().max(1000).optional(),
  layer: z.string().max(50).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AuditInput = z.input<typeof auditInputSchema>;

type Nullable = string | null | undefined;
/** The stored fields the hash covers; a row read back from the database fits as it is. */
export type ChainedFields = {
  seq: number;
  actor: string;
  action: string;
  target?: Nullable;
  decision: string;
  reason?: Nullable;
  grantId?: Nullable;
  scope?: Nullable;
  resource?: Nullable;
  layer?: Nullable;
  details: string | null;
  createdAt: Date;
};

/** The hash covers every stored field and the previous hash, so editing any row breaks the chain. */
export function auditHash(prevHash: string | null, row: ChainedFields): string {
  const canonical = JSON.stringify([
    prevHash,
    row.seq,
    row.actor,
    row.action,
    row.target ?? null,
    row.decision,
    row.reason ?? null,
    row.grantId ?? null,
    row.scope ?? null,
    row.resource ?? null,
    row.layer ?? null,
    row.details,
    row.createdAt.toISOString(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

const MAX_ATTEMPTS = 5;
/**
 * Writers queue on one lock, so a burst of them waits in line: Prisma's defaults (2 s to get a
 * connection, 5 s per transaction) denied calls on a busy machine only because the line was long.
 */
const CHAIN_TX_LIMITS = { maxWait: 15_000, timeout: 15_000 };

// Any constant works; it only has to be the same for every writer of the audit chain.
const AUDIT_CHAIN_LOCK = 7_411_001;

/**
 * Worth another try on top of the winner: a lost race for the next seq (P2002), a write conflict
 * (P2034), or SQLite refusing to upgrade this read transaction to a write because another process
 * (web or worker) committed in between, which it reports at once as busy rather than waiting.
 */
function retryable(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    code === 'P2002' ||
    code === 'P2034' ||
    code === 'P1008' ||
    /SQLITE_BUSY|database is locked|timed out/i.test(message ?? '')
  );
}

/**
 * Appends one audit event to the hash chain and moves the signed head to it in the same
 * transaction (so cutting events off the end is detected). Writers are serialised: SQLite has one writer at a
 * time anyway, PostgreSQL takes a transaction-scoped advisory lock. The unique index on seq is the
 * last line of defence; a writer that still loses the race retries on top of the winner.
 */
export async function recordAudit(input: AuditInput) {
  const data = auditInputSchema.parse(input);
  const db = await getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        if (dbProvider() === 'postgresql')
          await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})::text AS locked`);
        const last = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
        const row = {
          ...data,
          details: data.details ? JSON.stringify(data.details) : null,
          seq: (last?.seq ?? 0) + 1,
          createdAt: new Date(),
        };
        const prevHash = last?.hash ?? null;
        const hash = auditHash(prevHash, row);
        const head = { seq: row.seq, hash, mac: headMac(row.seq, hash) };
        await tx.auditHead.upsert({ where: { id: 1 }, create: { id: 1, ...head }, update: head });
        return tx.auditEvent.create({ data: { ...row, prevHash, hash } });
      }, CHAIN_TX_LIMITS);
    } catch (error) {
      if (!retryable(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
