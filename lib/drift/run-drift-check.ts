import type Docker from 'dockerode';
import { readFile } from 'node:fs/promises';
import { publishEvent } from '../events/publish';
import { createStagedItem } from '../staging/create-staged-item';
import type { CreateStagedItemInput } from '../staging/schemas';
import { buildArchitectureChange } from './build-architecture-change';
import { detectDrift } from './detect-drift';
import { applyIgnoreRules, parseIgnoreRules } from './ignore-rules';
import { type Proposal, reportBody } from './report-body';
import { driftRoots } from './roots';
import { recordCheck, recordReport, storeObservation } from './store-check';

export type DriftCheckResult = {
  outcome: 'no-drift' | 'already-reported' | 'staged';
  itemCount: number;
  stagedItemId?: string;
  reason: string;
  checkId: string;
};

async function readIgnoreFile(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => '');
}

/**
 * The detection use case behind the 22:00 health job and "check now": compare, store, and stage a
 * drift report only for drift that no report covers yet. It reads governance/ (the architecture page
 * and its changelog) and never writes it.
 */
export async function runDriftCheck(opts: {
  trigger: 'schedule' | 'manual';
  runId?: string;
  dockerClient?: Docker;
  /** The scheduled job stages through its run's context (checked and counted there); "check now" stages directly. */
  stage?: (input: Omit<CreateStagedItemInput, 'sourceJob' | 'sourceRunId'>) => Promise<{ id: string }>;
}): Promise<DriftCheckResult> {
  const detection = await detectDrift({ dockerClient: opts.dockerClient });
  const { items, rules } = applyIgnoreRules(
    detection.findings,
    parseIgnoreRules(await readIgnoreFile(driftRoots().ignoreFile)),
  );
  const { unreported } = await storeObservation({
    items,
    rules,
    trigger: opts.trigger,
    runId: opts.runId,
    documentVersion: detection.documentVersion,
  });
  const open = items.filter((i) => !i.ignored);
  const ignoredCount = items.length - open.length;
  const base = {
    trigger: opts.trigger,
    runId: opts.runId,
    itemCount: open.length,
    ignoredCount,
    documentVersion: detection.documentVersion,
    rules,
  };

  if (open.length === 0) {
    const reason = ignoredCount
      ? `No drift (${ignoredCount} ignored difference(s)).`
      : 'No drift: the environment matches governance/architecture.md.';
    const check = await recordCheck({ ...base, outcome: 'no-drift', reason });
    await publishEvent('drift', 'checked', check.id);
    return { outcome: 'no-drift', itemCount: 0, reason, checkId: check.id };
  }
  if (unreported.length === 0) {
    const reason = `${open.length} open drift item(s), all already reported.`;
    const check = await recordCheck({ ...base, outcome: 'already-reported', reason });
    await publishEvent('drift', 'checked', check.id);
    return { outcome: 'already-reported', itemCount: open.length, reason, checkId: check.id };
  }

  const reason = `${unreported.length} new drift item(s) staged for review (${open.length} open).`;
  const check = await recordCheck({ ...base, outcome: 'staged', reason });
  const fingerprints = unreported.map((i) => i.id);
  const resources = [...new Set(unreported.map((i) => i.resource))];
  const stage =
    opts.stage ??
    ((input: Omit<CreateStagedItemInput, 'sourceJob' | 'sourceRunId'>) =>
      createStagedItem({ ...input, sourceJob: 'infra-health', sourceRunId: opts.runId }, 'job:infra-health'));
  // The owner sees what approving will propose before deciding; a page without a block has no proposal.
  const proposal: Proposal = await buildArchitectureChange(unreported).then(
    (change) => ({ version: change.version, lines: change.lines }),
    () => null,
  );
  const staged = await stage({
    kind: 'drift-report',
    title: `Architecture drift: ${unreported.length} difference(s) in ${resources.slice(0, 3).join(', ')}${resources.length > 3 ? ', ...' : ''}`,
    summary: reason,
    body: reportBody(unreported, open.length - unreported.length, ignoredCount, proposal),
    metadata: { fingerprints, checkId: check.id, documentVersion: detection.documentVersion },
  });
  await recordReport({ stagedItemId: staged.id, checkId: check.id, fingerprints });
  await publishEvent('drift', 'reported', check.id);
  return { outcome: 'staged', itemCount: open.length, stagedItemId: staged.id, reason, checkId: check.id };
}
