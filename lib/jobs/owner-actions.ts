import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ServiceUnavailableError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { env } from '../env';
import { publishEvent } from '../events/publish';
import { getQueue, RETENTION } from '../queue/queues';
import { CATALOG } from './catalog';
import { getDefinition } from './definitions';
import type { SettingsInput } from './schemas';
import { removeSchedule, upsertSchedule } from './sync-schedules';
import type { JobSpec } from './types';

function specOf(id: string): JobSpec {
  const spec = CATALOG.get(id);
  if (!spec) throw new NotFoundError(`No job named "${id}".`);
  return spec;
}

/** Run now: a queued run row first (visible at once), then the BullMQ job with a fixed id per run (BullMQ ids may not contain ":"). */
export async function triggerRun(id: string, actor: string) {
  const spec = specOf(id);
  const def = await getDefinition(id);
  if (def.circuitState === 'open')
    throw new ConflictError(`The circuit of "${id}" is open. Set it to half-open to try one run.`);
  const db = await getDb();
  const runId = randomUUID();
  await db.jobRun.create({
    data: { id: runId, jobId: id, slot: `manual:${runId}`, trigger: 'manual', status: 'queued', sessionId: runId },
  });
  try {
    await getQueue('jobs').add(
      'jobs.run',
      { jobId: id, trigger: 'manual', runId },
      { ...RETENTION, attempts: 1, jobId: `manual-${runId}` },
    );
  } catch (error) {
    await db.jobRun.update({
      where: { id: runId },
      data: { status: 'failed', error: 'could not be queued: Redis unavailable', finishedAt: new Date() },
    });
    throw new ServiceUnavailableError(
      `Could not queue "${spec.name}": ${error instanceof Error ? error.message : 'Redis unavailable'}`,
    );
  }
  await recordAudit({ actor, action: 'jobs.run', target: id, details: { runId } });
  await publishEvent('jobs', 'run-queued', id);
  return { runId, status: 'queued' as const };
}

/** Pause removes the scheduler; resume puts it back (unless the circuit is open). */
export async function setJobEnabled(id: string, enabled: boolean, actor: string) {
  const spec = specOf(id);
  const def = await getDefinition(id);
  const db = await getDb();
  await db.jobDefinition.update({ where: { id }, data: { enabled } });
  if (enabled && def.circuitState !== 'open') await upsertSchedule(getQueue('jobs'), spec, env().BUDDY_TZ);
  if (!enabled) await removeSchedule(getQueue('jobs'), id);
  await recordAudit({ actor, action: enabled ? 'jobs.resume' : 'jobs.pause', target: id });
  await publishEvent('jobs', enabled ? 'resumed' : 'paused', id);
  return { id, enabled };
}

/** The owner's breaker toggle: half-open lets one run through (now or at its next slot); closed resets. */
export async function setCircuit(id: string, state: 'closed' | 'half-open', actor: string) {
  const spec = specOf(id);
  const def = await getDefinition(id);
  const db = await getDb();
  await db.jobDefinition.update({
    where: { id },
    data: {
      circuitState: state,
      circuitChangedAt: new Date(),
      ...(state === 'closed' ? { consecutiveFailures: 0 } : {}),
    },
  });
  if (def.enabled) await upsertSchedule(getQueue('jobs'), spec, env().BUDDY_TZ);
  await recordAudit({
    actor,
    action: 'jobs.circuit',
    target: id,
    reason: `${def.circuitState} -> ${state}`,
    details: { from: def.circuitState, to: state, streak: def.consecutiveFailures },
  });
  await publishEvent('jobs', 'circuit', id);
  return { id, circuitState: state };
}

/** Model, timeout and threshold overrides; each change is its own audit event with before and after. */
export async function updateJobSettings(id: string, input: SettingsInput, actor: string) {
  const spec = specOf(id);
  const def = await getDefinition(id);
  if (input.model !== undefined && spec.model === null && input.model !== null)
    throw new ConflictError(`"${id}" does not use a model.`);
  const db = await getDb();
  const data: Record<string, unknown> = {};
  const changes: Array<[string, unknown, unknown]> = [];
  if (input.model !== undefined) {
    data.modelOverride = input.model;
    changes.push(['model', def.modelOverride ?? spec.model, input.model ?? spec.model]);
  }
  if (input.timeoutMs !== undefined) {
    data.timeoutOverrideMs = input.timeoutMs;
    changes.push(['timeoutMs', def.timeoutOverrideMs ?? spec.timeoutMs, input.timeoutMs ?? spec.timeoutMs]);
  }
  if (input.failureThreshold !== undefined) {
    data.failureThreshold = input.failureThreshold;
    changes.push(['failureThreshold', def.failureThreshold, input.failureThreshold]);
  }
  await db.jobDefinition.update({ where: { id }, data });
  for (const [field, from, to] of changes) {
    await recordAudit({
      actor,
      action: 'jobs.settings',
      target: id,
      reason: `${field}: ${String(from)} -> ${String(to)}`,
      details: { field, from, to },
    });
  }
  await publishEvent('jobs', 'settings', id);
  return { id, changed: changes.map(([field]) => field) };
}
