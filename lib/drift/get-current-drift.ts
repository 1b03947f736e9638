import { getDb } from '../db/client';

/** What the Drift page shows: open drift grouped by resource, the latest check and the reports. */
export async function getCurrentDrift() {
  const db = await getDb();
  const [items, latest, reports] = await Promise.all([
    db.driftItem.findMany({ where: { state: 'open' }, orderBy: [{ resource: 'asc' }, { fieldPath: 'asc' }] }),
    db.driftCheck.findFirst({ orderBy: { createdAt: 'desc' } }),
    db.driftReport.findMany({ orderBy: { createdAt: 'desc' }, take: 20 }),
  ]);
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const groups = new Map<string, ReturnType<typeof view>[]>();
  function view(i: (typeof items)[number]) {
    const report = i.reportId ? reportById.get(i.reportId) : undefined;
    return {
      id: i.id,
      resource: i.resource,
      fieldPath: i.fieldPath,
      kind: i.kind,
      severity: i.severity,
      declared: i.declared,
      actual: i.actual,
      message: i.message,
      line: i.line,
      ignored: i.ignored,
      firstSeen: i.firstSeen.toISOString(),
      lastSeen: i.lastSeen.toISOString(),
      report: report ? { stagedItemId: report.stagedItemId, status: report.status } : null,
    };
  }
  for (const i of items) groups.set(i.resource, [...(groups.get(i.resource) ?? []), view(i)]);
  const open = items.filter((i) => !i.ignored);
  const count = (s: string) => open.filter((i) => i.severity === s).length;
  return {
    latestCheck: latest
      ? {
          id: latest.id,
          createdAt: latest.createdAt.toISOString(),
          trigger: latest.trigger,
          outcome: latest.outcome,
          reason: latest.reason,
          itemCount: latest.itemCount,
          ignoredCount: latest.ignoredCount,
          documentVersion: latest.documentVersion,
        }
      : null,
    summary: {
      open: open.length,
      ignored: items.length - open.length,
      high: count('high'),
      medium: count('medium'),
      low: count('low'),
    },
    groups: [...groups].map(([resource, list]) => ({ resource, items: list })),
  };
}
export type CurrentDrift = Awaited<ReturnType<typeof getCurrentDrift>>;
