import { getDb } from '../db/client';
import { type JsonInput, jsonOrNull } from '../db/json';
import type { RuleUse } from './ignore-rules';
import type { DriftFinding } from './types';

type Observed = DriftFinding & { ignored: boolean };
// Values come from YAML and JSON documents, so they are JSON; a JSON null is stored as SQL NULL (read alike).
const js = (v: unknown) => jsonOrNull(v as JsonInput | null | undefined);

/**
 * Upserts the observed items (first seen kept, last seen moved), resolves open items that were not
 * observed this time, and records the check. Returns the items that are open, not ignored and not yet
 * covered by a report.
 */
export async function storeObservation(input: {
  items: Observed[];
  rules: RuleUse[];
  trigger: string;
  runId?: string;
  documentVersion: string | null;
}) {
  const db = await getDb();
  const now = new Date();
  const ids = input.items.map((i) => i.id);
  return db.$transaction(async (tx) => {
    const previous = await tx.driftItem.findMany({ where: { id: { in: ids } }, select: { id: true, state: true } });
    const wasOpen = new Set(previous.filter((p) => p.state === 'open').map((p) => p.id));
    for (const item of input.items) {
      const values = {
        resource: item.resource,
        fieldPath: item.fieldPath,
        kind: item.kind,
        severity: item.severity,
        declared: js(item.declared),
        actual: js(item.actual),
        patch: js(item.patch),
        message: item.message ?? null,
        line: item.line ?? null,
        ignored: item.ignored,
        lastSeen: now,
      };
      // Drift that had resolved and is back is new drift: new first-seen, not covered by the old report.
      const reopened = wasOpen.has(item.id)
        ? {}
        : { firstSeen: now, state: 'open' as const, resolvedAt: null, reportId: null };
      await tx.driftItem.upsert({
        where: { id: item.id },
        create: { id: item.id, ...values, firstSeen: now },
        update: { ...values, ...reopened },
      });
    }
    await tx.driftItem.updateMany({
      where: { state: 'open', id: { notIn: ids } },
      data: { state: 'resolved', resolvedAt: now },
    });
    const unreported = await tx.driftItem.findMany({
      where: { state: 'open', ignored: false, reportId: null },
      orderBy: [{ resource: 'asc' }, { fieldPath: 'asc' }],
    });
    return { unreported, now };
  });
}

export async function recordCheck(data: {
  trigger: string;
  runId?: string;
  outcome: string;
  reason: string;
  itemCount: number;
  ignoredCount: number;
  documentVersion: string | null;
  rules: RuleUse[];
  reportId?: string;
}) {
  const db = await getDb();
  return db.driftCheck.create({
    data: { ...data, runId: data.runId ?? null, reportId: data.reportId ?? null, rules: data.rules },
  });
}

export async function recordReport(data: { stagedItemId: string; checkId: string; fingerprints: string[] }) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const report = await tx.driftReport.create({ data: { ...data } });
    await tx.driftItem.updateMany({ where: { id: { in: data.fingerprints } }, data: { reportId: report.id } });
    await tx.driftCheck.update({ where: { id: data.checkId }, data: { reportId: report.id } });
    return report;
  });
}
